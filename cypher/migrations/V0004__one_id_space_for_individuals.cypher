// People and colleagues share one id space, so a tie can name either by id alone. Both
// carry :Individual, unique by id, so the database refuses a second individual with a
// taken id even when two writers race. A database that already holds a person and a
// colleague with one id stops here: rename one of them, then start again.
MATCH (n) WHERE (n:Person OR n:Colleague) AND NOT n:Individual SET n:Individual;
CREATE CONSTRAINT individual_id IF NOT EXISTS FOR (n:Individual) REQUIRE n.id IS UNIQUE;
