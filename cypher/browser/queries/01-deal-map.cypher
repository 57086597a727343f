// The whole map of one deal: its people coloured by attitude and sized by influence, our team, and every tie among them.
// :param dealId => 'kestrel-telematics'
// Browser draws the ties itself ("Connect result nodes" in its settings, on by default).
MATCH (deal:Deal {id: $dealId})
MATCH (person:Person)-[inDeal:IN_DEAL]->(deal)
WITH deal, collect(dealgraph.stakeholder(person, inDeal)) AS stakeholders
OPTIONAL MATCH (colleague:Colleague)-[:ON_TEAM]->(deal)
RETURN deal, stakeholders, collect(colleague) AS team
