// Interactions (upkeep): one per recorded contact, unique by its client-chosen id; listed
// by day.
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE;
CREATE INDEX interaction_date IF NOT EXISTS FOR (i:Interaction) ON (i.date);
