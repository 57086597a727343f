// Not idempotent on purpose: a second run leaves a second probe; the test counts them.
CREATE INDEX migration_probe_note IF NOT EXISTS FOR (n:MigrationProbe) ON (n.note);
/* a block comment; with a semicolon and a 'quote */
CREATE (:MigrationProbe {note: 'semicolons; inside \'quotes\'', url: "http://example.org/a;b", `odd;key`: 1});
// commits in batches of its own, so the runner must not wrap it in a transaction
MATCH (n:MigrationProbe) CALL (n) { SET n.batched = true } IN TRANSACTIONS OF 10 ROWS;
