// Tempting but risky: the strongest routes from our deal team to the decision-maker that pass through someone opposed to us on this deal.
// :param dealId => 'kestrel-telematics'
MATCH (deal:Deal {id: $dealId})<-[target:IN_DEAL]-(decisionMaker:Person)
WHERE 'DECISION_MAKER' IN target.roles
MATCH (seller:Colleague)-[:ON_TEAM]->(deal)
MATCH route = (seller)-[:KNOWS|INFLUENCES|REPORTS_TO*1..3]-(decisionMaker)
WHERE all(i IN range(0, length(route) - 1)
      WHERE type(relationships(route)[i]) <> 'INFLUENCES' OR startNode(relationships(route)[i]) = nodes(route)[i])
  AND none(n IN nodes(route)[1..-1] WHERE n:Colleague)
  AND any(n IN nodes(route)[1..-1] WHERE EXISTS { (n)-[:IN_DEAL {attitude: 'OPPONENT'}]->(deal) })
WITH deal, route, reduce(score = 1.0, tie IN relationships(route) | score * coalesce(tie.strength, 0.6)) AS score
ORDER BY score DESC
LIMIT 3
RETURN COLLECT { UNWIND nodes(route) AS n MATCH (n)-[s:IN_DEAL]->(deal) RETURN dealgraph.stakeholder(n, s) } AS onTheDeal,
       route, round(score, 3) AS score, [n IN nodes(route) | n.name] AS via
