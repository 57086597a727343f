// Hidden influencers: people who strongly influence a deal's decision-maker or approver but whom the deal rates as low influence or leaves off the map.
MATCH (deal:Deal {status: 'OPEN'})<-[decides:IN_DEAL]-(decider:Person)
WHERE any(role IN decides.roles WHERE role IN ['DECISION_MAKER', 'APPROVER'])
MATCH (hidden:Person)-[influence:INFLUENCES]->(decider)
WHERE influence.strength >= 0.6
OPTIONAL MATCH (hidden)-[rated:IN_DEAL]->(deal)
WITH deal, decider, decides, hidden, influence, rated
WHERE rated IS NULL OR rated.influence = 'LOW'
RETURN deal.name AS deal,
       CASE WHEN rated IS NULL THEN hidden ELSE dealgraph.stakeholder(hidden, rated) END AS hidden,
       hidden.title AS title, influence, dealgraph.stakeholder(decider, decides) AS decider, decides.roles AS deciderRoles,
       coalesce(rated.influence, 'not on the map') AS ratedInfluence
ORDER BY influence.strength DESC
