// Coaches and champions on every open deal, and which of our colleagues know them; a deal missing here has no coach.
MATCH (deal:Deal {status: 'OPEN'})
OPTIONAL MATCH (coach:Person)-[inDeal:IN_DEAL]->(deal)
WHERE any(role IN inDeal.roles WHERE role IN ['COACH', 'CHAMPION'])
OPTIONAL MATCH (colleague:Colleague)-[knows:KNOWS]-(coach)
RETURN deal.name AS deal,
       CASE WHEN coach IS NULL THEN null ELSE dealgraph.stakeholder(coach, inDeal) END AS coach,
       inDeal.roles AS roles, inDeal.attitude AS attitude,
       collect(colleague) AS knownBy, collect(knows.strength) AS strengths,
       CASE WHEN coach IS NULL THEN 'no coach on this deal' ELSE '' END AS flag
ORDER BY deal, coach.name
