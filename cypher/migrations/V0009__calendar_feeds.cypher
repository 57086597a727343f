// Calendar feeds (access): one secret URL per user and colleague, kept only as the
// SHA-256 hash of its secret, like API keys.
CREATE CONSTRAINT calendar_feed_id IF NOT EXISTS FOR (f:CalendarFeed) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT calendar_feed_hash IF NOT EXISTS FOR (f:CalendarFeed) REQUIRE f.hash IS UNIQUE;
