// The assessment's red flags of one deal that Cypher alone can show (the API adds reach, staleness and the rest): who decides, who coaches, who is against us and whom they sway.
// :param dealId => 'kestrel-yard'
MATCH (deal:Deal {id: $dealId})
OPTIONAL MATCH (person:Person)-[inDeal:IN_DEAL]->(deal)
WITH deal, collect({person: person, inDeal: inDeal}) AS people
WITH deal, people,
     [p IN people WHERE 'DECISION_MAKER' IN p.inDeal.roles] AS deciders,
     [p IN people WHERE any(r IN p.inDeal.roles WHERE r IN ['COACH', 'CHAMPION'])
          AND p.inDeal.attitude IN ['SPONSOR', 'SUPPORTER', 'NEUTRAL']] AS coaches
UNWIND [['NO_DECISION_MAKER', CASE WHEN size(deciders) = 0 THEN [null] ELSE [] END],
        ['NO_COACH', CASE WHEN size(coaches) = 0 THEN [null] ELSE [] END],
        ['DECISION_MAKER_AGAINST', [p IN deciders WHERE p.inDeal.attitude IN ['NON_SUPPORTER', 'OPPONENT']]],
        ['DECISION_MAKER_NOT_RECEPTIVE', [p IN deciders WHERE p.inDeal.mode IN ['EVEN_KEEL', 'OVERCONFIDENT']]],
        ['GATEKEEPER_AGAINST', [p IN people WHERE 'TECHNICAL_GATEKEEPER' IN p.inDeal.roles
                                  AND p.inDeal.attitude IN ['NON_SUPPORTER', 'OPPONENT']]],
        ['HIGH_INFLUENCE_OPPONENT', [p IN people WHERE p.inDeal.influence = 'HIGH'
                                       AND p.inDeal.attitude IN ['NON_SUPPORTER', 'OPPONENT']]],
        ['KEY_PLAYER_ATTITUDE_UNKNOWN', [p IN people WHERE p.inDeal.attitude = 'UNKNOWN'
            AND (p.inDeal.influence = 'HIGH' OR any(r IN p.inDeal.roles WHERE r IN
                 ['DECISION_MAKER', 'APPROVER', 'TECHNICAL_GATEKEEPER', 'COACH', 'CHAMPION']))]],
        ['TOO_MANY_DECISION_MAKERS', CASE WHEN size(deciders) > 3 THEN deciders ELSE [] END]] AS check
UNWIND check[1] AS flagged
WITH deal, check[0] AS flag, flagged, flagged.person AS person
OPTIONAL MATCH (person)-[:INFLUENCES]->(swayed:Person)-[swayedInDeal:IN_DEAL]->(deal)
WHERE 'DECISION_MAKER' IN swayedInDeal.roles
RETURN flag,
       CASE WHEN flagged IS NULL THEN null ELSE dealgraph.stakeholder(person, flagged.inDeal) END AS who,
       flagged.inDeal.attitude AS attitude, flagged.inDeal.mode AS mode,
       [s IN collect({person: swayed, inDeal: swayedInDeal}) WHERE s.person IS NOT NULL
          | dealgraph.stakeholder(s.person, s.inDeal)] AS swaysDecisionMakers
ORDER BY flag
