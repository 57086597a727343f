// The power map of a deal: influence against attitude, highest priority first (influence x support); high influence without support is where effort pays.
// :param dealId => 'kestrel-telematics'
MATCH (deal:Deal {id: $dealId})<-[inDeal:IN_DEAL]-(person:Person)
WITH person, inDeal,
     CASE inDeal.influence WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END AS weight,
     CASE inDeal.attitude WHEN 'SPONSOR' THEN 2 WHEN 'SUPPORTER' THEN 1 WHEN 'NON_SUPPORTER' THEN -1
          WHEN 'OPPONENT' THEN -2 ELSE 0 END AS support
RETURN dealgraph.stakeholder(person, inDeal) AS person, person.title AS title, inDeal.roles AS roles,
       inDeal.influence AS influence, inDeal.attitude AS attitude, inDeal.mode AS mode, weight * support AS priority,
       CASE WHEN weight >= 2 AND support <= 0 THEN 'win over' WHEN support < 0 THEN 'neutralise'
            WHEN support > 0 THEN 'keep close' ELSE 'find out' END AS focus
ORDER BY weight DESC, support ASC
