// The audit: one node per recorded write, never changed afterwards except to pseudonymise
// a person erased on request. Admins look entries up by time, object and user; a lookup by
// a subject the entry names scans the entries of the chosen time range.
CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.id IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE INDEX audit_entry_object IF NOT EXISTS FOR (e:AuditEntry) ON (e.objectId);
CREATE INDEX audit_entry_user IF NOT EXISTS FOR (e:AuditEntry) ON (e.userId);
