-- Every application's history: append-only events. The current state is derived from them.
CREATE TABLE application_events (
    application_id  VARCHAR(64)  NOT NULL,
    sequence_number INTEGER      NOT NULL,
    action          VARCHAR(32)  NOT NULL,
    actor           VARCHAR(500) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    from_state      VARCHAR(32),
    to_state        VARCHAR(32)  NOT NULL,
    change_json     CLOB         NOT NULL,
    -- one event per place in a history: the optimistic lock of concurrent writers
    CONSTRAINT application_events_pk PRIMARY KEY (application_id, sequence_number)
);

-- The Review Board's calendar.
CREATE TABLE review_board_meetings (
    meeting_date DATE NOT NULL,
    CONSTRAINT review_board_meetings_pk PRIMARY KEY (meeting_date)
);
