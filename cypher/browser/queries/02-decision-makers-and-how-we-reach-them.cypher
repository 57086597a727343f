// The deal's decision-makers and the strongest routes from our deal team to them, avoiding anyone opposed to us on this deal.
// :param dealId => 'kestrel-telematics'
// A route follows KNOWS and REPORTS_TO either way and INFLUENCES forward only; its score is the product of its tie strengths
// (a formal reporting line counts 0.6). The paths API ranks routes with the full model; this is the quick visual check.
MATCH (deal:Deal {id: $dealId})<-[target:IN_DEAL]-(decisionMaker:Person)
WHERE 'DECISION_MAKER' IN target.roles
MATCH (seller:Colleague)-[:ON_TEAM]->(deal)
MATCH route = (seller)-[:KNOWS|INFLUENCES|REPORTS_TO*1..4]-(decisionMaker)
WHERE all(i IN range(0, length(route) - 1)
      WHERE type(relationships(route)[i]) <> 'INFLUENCES' OR startNode(relationships(route)[i]) = nodes(route)[i])
  AND none(n IN nodes(route)[1..-1]
      WHERE n:Colleague OR EXISTS { (n)-[:IN_DEAL {attitude: 'OPPONENT'}]->(deal) })
WITH deal, route, reduce(score = 1.0, tie IN relationships(route) | score * coalesce(tie.strength, 0.6)) AS score
ORDER BY score DESC
LIMIT 5
// people on the route who sit on this deal come first, in their deal colours
RETURN COLLECT { UNWIND nodes(route) AS n MATCH (n)-[s:IN_DEAL]->(deal) RETURN dealgraph.stakeholder(n, s) } AS onTheDeal,
       route, round(score, 3) AS score, length(route) AS hops, [n IN nodes(route) | n.name] AS via
