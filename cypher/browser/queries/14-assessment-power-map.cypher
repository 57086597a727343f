// The assessment's power map of one deal: each stakeholder's quadrant (influence high or low x for, undecided or against) and priority (influence weight x room to move), highest first.
// :param dealId => 'kestrel-wms'
MATCH (deal:Deal {id: $dealId})<-[inDeal:IN_DEAL]-(person:Person)
WITH person, inDeal,
     CASE inDeal.influence WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END AS weight,
     CASE inDeal.attitude WHEN 'SPONSOR' THEN 0 WHEN 'SUPPORTER' THEN 1 WHEN 'OPPONENT' THEN 1
          WHEN 'NON_SUPPORTER' THEN 2 ELSE 3 END AS room,
     CASE WHEN inDeal.attitude IN ['SPONSOR', 'SUPPORTER'] THEN 'FOR'
          WHEN inDeal.attitude IN ['NON_SUPPORTER', 'OPPONENT'] THEN 'AGAINST' ELSE 'UNDECIDED' END AS stance
RETURN dealgraph.stakeholder(person, inDeal) AS person, inDeal.roles AS roles,
       CASE WHEN inDeal.influence = 'HIGH' THEN 'HIGH_INFLUENCE_' ELSE 'LOW_INFLUENCE_' END + stance AS quadrant,
       weight * room AS priority, inDeal.attitude AS attitude, inDeal.mode AS mode
ORDER BY priority DESC, 'DECISION_MAKER' IN inDeal.roles DESC, person.id
