// Every node has a stable string id, unique per label; imports MERGE on it.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT colleague_id IF NOT EXISTS FOR (n:Colleague) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT deal_id IF NOT EXISTS FOR (n:Deal) REQUIRE n.id IS UNIQUE;
// Lookups users make: people and colleagues by name, deals by stage.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX colleague_name IF NOT EXISTS FOR (n:Colleague) ON (n.name);
CREATE INDEX deal_stage IF NOT EXISTS FOR (n:Deal) ON (n.stage);
CREATE INDEX account_name IF NOT EXISTS FOR (n:Account) ON (n.name);
