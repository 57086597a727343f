// Red flags on every open deal: no coach, a technical gatekeeper who is against us, opponents with high influence, decision-makers of unknown or neutral attitude.
MATCH (deal:Deal {status: 'OPEN'})
OPTIONAL MATCH (person:Person)-[inDeal:IN_DEAL]->(deal)
WITH deal, collect({person: person, inDeal: inDeal}) AS people
WITH deal, people,
     [p IN people WHERE any(r IN p.inDeal.roles WHERE r IN ['COACH', 'CHAMPION'])] AS coaches,
     [p IN people WHERE 'TECHNICAL_GATEKEEPER' IN p.inDeal.roles
          AND p.inDeal.attitude IN ['OPPONENT', 'NON_SUPPORTER']] AS hostileGatekeepers,
     [p IN people WHERE p.inDeal.attitude = 'OPPONENT' AND p.inDeal.influence = 'HIGH'] AS strongOpponents,
     [p IN people WHERE 'DECISION_MAKER' IN p.inDeal.roles
          AND p.inDeal.attitude IN ['UNKNOWN', 'NEUTRAL', 'NON_SUPPORTER', 'OPPONENT']] AS uncommittedDeciders
UNWIND [['no coach or champion', CASE WHEN size(coaches) = 0 THEN [null] ELSE [] END],
        ['technical gatekeeper against us', hostileGatekeepers],
        ['opponent with high influence', strongOpponents],
        ['decision-maker not yet for us', uncommittedDeciders]] AS check
UNWIND check[1] AS flagged
RETURN deal, check[0] AS flag,
       CASE WHEN flagged IS NULL THEN null ELSE dealgraph.stakeholder(flagged.person, flagged.inDeal) END AS who,
       flagged.inDeal.attitude AS attitude, flagged.inDeal.concerns AS concerns
ORDER BY deal.name, flag
