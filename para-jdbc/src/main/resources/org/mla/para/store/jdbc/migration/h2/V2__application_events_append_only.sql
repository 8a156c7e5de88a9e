-- History is append-only, for every client of the database file, not only for PARA.
CREATE TRIGGER application_events_no_update BEFORE UPDATE ON application_events
    FOR EACH ROW CALL 'org.mla.para.store.jdbc.AppendOnlyTrigger';
CREATE TRIGGER application_events_no_delete BEFORE DELETE ON application_events
    FOR EACH ROW CALL 'org.mla.para.store.jdbc.AppendOnlyTrigger';
