// Who is going cold: our ties ranked by the strength age has taken since the last contact (half-lives of the dealgraph.decay defaults), with the interactions recorded and the open deals each person sits on.
MATCH tie = (colleague:Colleague)-[knows:KNOWS]-(person:Person)
WHERE knows.lastContact IS NOT NULL
WITH tie, colleague, person, knows, duration.inDays(date(knows.lastContact), date()).days AS daysSilent,
     CASE knows.level WHEN 'PARTNER' THEN 720 WHEN 'FRIEND' THEN 540 WHEN 'SUPPLIER' THEN 365
                      WHEN 'OUTSIDER' THEN 120 ELSE 180 END AS halfLife
WITH tie, colleague, person, knows, daysSilent,
     knows.strength * 0.5 ^ (toFloat(daysSilent) / halfLife) AS aged
WITH tie, colleague, person, knows, daysSilent,
     CASE WHEN aged >= 0.1 THEN aged WHEN knows.strength < 0.1 THEN knows.strength ELSE 0.1 END AS effective
OPTIONAL MATCH (interaction:Interaction)-[:WITH_PERSON]->(person)
WHERE (interaction)-[:BY_COLLEAGUE]->(colleague)
WITH tie, colleague, person, knows, daysSilent, effective, count(interaction) AS interactions
OPTIONAL MATCH (person)-[:IN_DEAL]->(deal:Deal {status: 'OPEN'})
RETURN tie, knows.strength AS recorded, round(effective, 2) AS effective, daysSilent, interactions,
       collect(deal.name) AS openDeals
ORDER BY knows.strength - effective DESC
