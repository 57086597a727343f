// One node holds the sequence that moves with every change to ties; instances follow it.
CREATE CONSTRAINT graph_change_id IF NOT EXISTS FOR (n:GraphChange) REQUIRE n.id IS UNIQUE;
