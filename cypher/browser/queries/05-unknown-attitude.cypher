// People on open deals whose attitude toward us is still unknown, with when their deal facts were last updated: who to find out about next.
MATCH (person:Person)-[inDeal:IN_DEAL]->(deal:Deal {status: 'OPEN'})
WHERE inDeal.attitude = 'UNKNOWN'
OPTIONAL MATCH (colleague:Colleague)-[knows:KNOWS]-(person)
RETURN deal, dealgraph.stakeholder(person, inDeal) AS person, inDeal.roles AS roles, inDeal.influence AS influence,
       inDeal.updatedAt AS lastUpdated, collect(colleague.name) AS knownBy
ORDER BY deal.name, influence
