// Who our people know on a deal: every colleague's KNOWS ties into the deal's buying centre, with strength and trust level.
// :param dealId => 'kestrel-telematics'
MATCH (deal:Deal {id: $dealId})<-[inDeal:IN_DEAL]-(person:Person)
MATCH (colleague:Colleague)-[knows:KNOWS]-(person)
OPTIONAL MATCH (colleague)-[team:ON_TEAM]->(deal)
RETURN colleague, knows, dealgraph.stakeholder(person, inDeal) AS person, knows.strength AS strength,
       knows.level AS trust, knows.lastContact AS lastContact, team.role AS teamRole
ORDER BY strength DESC
