-- Version 4: the rest of the domain. Lists inside a record (a meeting's attendees and agenda, a
-- plan's topics, a table's thresholds) are kept in a text column of the record's own row, so every
-- record is one row and every write of it is one statement. Columns that queries filter or join on
-- are plain columns.

CREATE TABLE status_period (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    status    VARCHAR(16) NOT NULL,
    from_date DATE        NOT NULL,
    to_date   DATE,
    PRIMARY KEY (person_id, from_date)
);

CREATE TABLE conversion_table (
    id                BIGINT PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    per_full_day      NUMERIC(7, 2) NOT NULL,
    per_half_day      NUMERIC(7, 2) NOT NULL,
    per_course_hour   NUMERIC(7, 2) NOT NULL,
    per_study_session NUMERIC(7, 2) NOT NULL,
    online            VARCHAR(4000) NOT NULL
);

-- the target-population rule and the conversion table of a program
ALTER TABLE training_program ADD COLUMN target_categories VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE training_program ADD COLUMN target_org BIGINT REFERENCES organization (id);
ALTER TABLE training_program ADD COLUMN target_ranks VARCHAR(1000) DEFAULT '' NOT NULL;
ALTER TABLE training_program ADD COLUMN appointed_from DATE;
ALTER TABLE training_program ADD COLUMN appointed_to DATE;
ALTER TABLE training_program ADD COLUMN conversion_table BIGINT REFERENCES conversion_table (id);

-- attendance is identified by person and course; version 3 had a surrogate id no code ever wrote
CREATE TABLE attendance_v4 (
    person_id BIGINT      NOT NULL REFERENCES person (id),
    course_id BIGINT      NOT NULL REFERENCES course (id),
    status    VARCHAR(16) NOT NULL,
    sign_in   TIMESTAMP,
    sign_out  TIMESTAMP,
    batch_id  BIGINT REFERENCES import_batch (id),
    PRIMARY KEY (person_id, course_id)
);
INSERT INTO attendance_v4 (person_id, course_id, status, sign_in, sign_out, batch_id)
    SELECT person_id, course_id, MIN(status), MIN(sign_in), MAX(sign_out), MIN(batch_id) FROM attendance GROUP BY person_id, course_id;
DROP TABLE attendance;
ALTER TABLE attendance_v4 RENAME TO attendance;
CREATE INDEX attendance_course ON attendance (course_id);
CREATE INDEX attendance_batch ON attendance (batch_id);

CREATE TABLE study_material (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR(16)  NOT NULL,
    title         VARCHAR(500) NOT NULL,
    material_date DATE         NOT NULL,
    source        VARCHAR(500) NOT NULL
);

CREATE TABLE meeting (
    id           BIGINT PRIMARY KEY,
    type         VARCHAR(32)      NOT NULL,
    meeting_date DATE             NOT NULL,
    org_id       BIGINT           NOT NULL REFERENCES organization (id),
    presider_id  BIGINT REFERENCES person (id),
    attendees    VARCHAR(1000000) NOT NULL,
    agenda       VARCHAR(1000000) NOT NULL,
    minutes      VARCHAR(1000000) NOT NULL
);
CREATE INDEX meeting_org_date ON meeting (org_id, meeting_date);

CREATE TABLE follow_up (
    id          BIGINT PRIMARY KEY,
    meeting_id  BIGINT        NOT NULL REFERENCES meeting (id),
    description VARCHAR(2000) NOT NULL,
    owner_id    BIGINT        NOT NULL REFERENCES person (id),
    due         DATE          NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    evidence    VARCHAR(100000) NOT NULL
);
CREATE INDEX follow_up_meeting ON follow_up (meeting_id);

CREATE TABLE study_plan (
    id        BIGINT PRIMARY KEY,
    org_id    BIGINT  NOT NULL REFERENCES organization (id),
    plan_year INTEGER NOT NULL,
    topics    VARCHAR(100000) NOT NULL,
    UNIQUE (org_id, plan_year)
);

CREATE TABLE frequency_rules (
    id    VARCHAR(32)    PRIMARY KEY,
    rules VARCHAR(100000) NOT NULL
);

ALTER TABLE audit_entry ADD COLUMN other_records INTEGER DEFAULT 0 NOT NULL;

CREATE SEQUENCE record_id START WITH 1;
