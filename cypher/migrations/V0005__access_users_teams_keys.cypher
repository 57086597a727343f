// Who may use dealgraph: users, the teams they belong to, teams' grants on accounts and
// the users' API keys, kept only as SHA-256 hashes. The access state node's version moves
// with every change to them, so each instance knows when to reload its directory.
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT team_id IF NOT EXISTS FOR (t:Team) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE;
MERGE (s:AccessState {id: 'access'}) ON CREATE SET s.version = 0;
