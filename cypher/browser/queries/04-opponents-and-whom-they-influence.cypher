// Opponents and non-supporters on a deal, whom they influence and how strongly, and whom they are in conflict with.
// :param dealId => 'kestrel-telematics'
MATCH (deal:Deal {id: $dealId})<-[against:IN_DEAL]-(opponent:Person)
WHERE against.attitude IN ['OPPONENT', 'NON_SUPPORTER']
OPTIONAL MATCH (opponent)-[influence:INFLUENCES|CONFLICTS_WITH]-(other:Person)
WHERE type(influence) = 'CONFLICTS_WITH' OR startNode(influence) = opponent
OPTIONAL MATCH (other)-[otherInDeal:IN_DEAL]->(deal)
RETURN dealgraph.stakeholder(opponent, against) AS opponent, against.roles AS roles, against.concerns AS concerns,
       type(influence) AS tie, influence.strength AS strength,
       CASE WHEN otherInDeal IS NULL THEN other ELSE dealgraph.stakeholder(other, otherInDeal) END AS other,
       otherInDeal.roles AS otherRoles
ORDER BY against.attitude DESC, strength DESC
