-- Version 7: meetings on the calendar that are not held yet (next year's plan, 中心组 sessions).
CREATE TABLE planned_meeting (
    id           BIGINT PRIMARY KEY,
    type         VARCHAR(32)  NOT NULL,
    meeting_date DATE         NOT NULL,
    org_id       BIGINT       NOT NULL REFERENCES organization (id),
    topic        VARCHAR(500) NOT NULL
);
CREATE INDEX planned_meeting_org_date ON planned_meeting (org_id, meeting_date);
