// Trust history (relationship): one :TrustChange per step of a KNOWS tie's trust level,
// looked up by the tie's two ids in order; every tie already stored gets its first step,
// dated when this migration ran and said to be by it.
CREATE INDEX trust_change_tie IF NOT EXISTS FOR (t:TrustChange) ON (t.tie);
MATCH (a:Individual)-[r:KNOWS]->(b:Individual)
WHERE NOT EXISTS { MATCH (a)<-[:TRUST_OF]-(:TrustChange)-[:TRUST_OF]->(b) }
WITH a, b, r, CASE WHEN a.id <= b.id THEN a.id + '/' + b.id ELSE b.id + '/' + a.id END AS tie
CREATE (t:TrustChange {tie: tie, at: datetime(), ended: false, by: 'migration'})
SET t.level = r.level, t.strength = r.strength
CREATE (t)-[:TRUST_OF]->(a), (t)-[:TRUST_OF]->(b);
