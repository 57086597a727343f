// Each change to people, ties or deal facts leaves an entry naming what it touched, so an
// instance that follows the sequence reloads only those, not the whole graph.
CREATE INDEX graph_change_entry_seq IF NOT EXISTS FOR (n:GraphChangeEntry) ON (n.seq);
