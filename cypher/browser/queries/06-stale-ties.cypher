// Our colleagues' ties to customer people with no contact for more than six months (or never recorded), and the open deals those people sit on.
MATCH tie = (colleague:Colleague)-[knows:KNOWS]-(person:Person)
WHERE knows.lastContact IS NULL OR date(knows.lastContact) < date() - duration({months: 6})
OPTIONAL MATCH (person)-[inDeal:IN_DEAL]->(deal:Deal {status: 'OPEN'})
RETURN tie, knows.strength AS strength, knows.level AS trust, knows.lastContact AS lastContact,
       CASE WHEN knows.lastContact IS NULL THEN null
            ELSE duration.inDays(date(knows.lastContact), date()).days END AS daysSilent,
       collect(deal.name) AS openDeals
ORDER BY daysSilent DESC
