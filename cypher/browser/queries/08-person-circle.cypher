// One person's circle: their boss and reports, whom they know, influence or clash with, their department peers, and the deals they sit on.
// :param personId => 'wang-jianguo'
MATCH (person)
WHERE (person:Person OR person:Colleague) AND person.id = $personId
OPTIONAL MATCH tie = (person)-[:KNOWS|INFLUENCES|REPORTS_TO|CONFLICTS_WITH]-()
OPTIONAL MATCH deal = (person)-[:IN_DEAL]->(:Deal)
OPTIONAL MATCH (person)-[:WORKS_AT]->(account:Account)<-[:WORKS_AT]-(peer:Person)
WHERE peer.department = person.department
RETURN person, collect(DISTINCT tie) AS ties, collect(DISTINCT deal) AS deals, collect(DISTINCT peer) AS departmentPeers
