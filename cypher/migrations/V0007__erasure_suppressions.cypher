// People erased on request stay suppressed: a salted hash of their id, and one of their
// name at their account, refuse storing them again until an admin lifts it. The salt is
// generated once and kept here unless configured (dealgraph.privacy.salt).
CREATE CONSTRAINT suppression_id_hash IF NOT EXISTS FOR (s:Suppression) REQUIRE s.idHash IS UNIQUE;
CREATE INDEX suppression_name_hash IF NOT EXISTS FOR (s:Suppression) ON (s.nameHash);
CREATE CONSTRAINT suppression_salt_id IF NOT EXISTS FOR (s:SuppressionSalt) REQUIRE s.id IS UNIQUE;
