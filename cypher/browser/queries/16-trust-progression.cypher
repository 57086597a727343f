// Trust progression: how each of our ties moved through the trust quadrant (outsider, friend or supplier, partner), step by step with the day and who recorded it, the ties that moved most first; ended ties too.
MATCH (colleague:Colleague)<-[:TRUST_OF]-(step:TrustChange)-[:TRUST_OF]->(person:Person)
WITH colleague, person, step ORDER BY step.at
WITH colleague, person,
     collect(toString(date(step.at)) + ' ' + CASE WHEN step.ended THEN 'ENDED' ELSE coalesce(step.level, 'UNRATED') END
             + ' by ' + step.by) AS steps
OPTIONAL MATCH tie = (colleague)-[:KNOWS]-(person)
RETURN colleague.name AS colleague, person.name AS person, size(steps) AS stepCount, steps, tie
ORDER BY stepCount DESC, colleague, person
