-- Version 3: rotation training (轮训) and attendance. Programs have classes (班次), classes have
-- courses; people are enrolled in classes and attend courses. Import batches say where rows came from.
CREATE TABLE training_program (
    id             BIGINT PRIMARY KEY,
    name           VARCHAR(200)  NOT NULL,
    program_year   INTEGER       NOT NULL,
    deadline       DATE          NOT NULL,
    required_hours NUMERIC(7, 2) NOT NULL
);

CREATE TABLE training_class (
    id           BIGINT PRIMARY KEY,
    program_id   BIGINT       NOT NULL REFERENCES training_program (id),
    name         VARCHAR(200) NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    place        VARCHAR(200) NOT NULL,
    mode         VARCHAR(16)  NOT NULL,
    capacity     INTEGER      NOT NULL,
    head_teacher BIGINT REFERENCES person (id)
);
CREATE INDEX training_class_program ON training_class (program_id);

CREATE TABLE course (
    id        BIGINT PRIMARY KEY,
    class_id  BIGINT        NOT NULL REFERENCES training_class (id),
    title     VARCHAR(300)  NOT NULL,
    teacher   VARCHAR(100)  NOT NULL,
    starts_at TIMESTAMP     NOT NULL,
    ends_at   TIMESTAMP     NOT NULL,
    hours     NUMERIC(5, 2) NOT NULL
);
CREATE INDEX course_class ON course (class_id);

CREATE TABLE enrollment (
    class_id  BIGINT      NOT NULL REFERENCES training_class (id),
    person_id BIGINT      NOT NULL REFERENCES person (id),
    status    VARCHAR(16) NOT NULL,
    PRIMARY KEY (class_id, person_id)
);
CREATE INDEX enrollment_person ON enrollment (person_id);

CREATE TABLE import_batch (
    id          BIGINT PRIMARY KEY,
    file_name   VARCHAR(500) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    imported_by VARCHAR(100) NOT NULL,
    at          TIMESTAMP    NOT NULL,
    accepted    INTEGER      NOT NULL,
    rejected    INTEGER      NOT NULL,
    warnings    INTEGER      NOT NULL
);
CREATE INDEX import_batch_sha ON import_batch (sha256);

CREATE TABLE attendance (
    id        BIGINT PRIMARY KEY,
    person_id BIGINT      NOT NULL REFERENCES person (id),
    course_id BIGINT      NOT NULL REFERENCES course (id),
    status    VARCHAR(16) NOT NULL,
    sign_in   TIMESTAMP,
    sign_out  TIMESTAMP,
    batch_id  BIGINT REFERENCES import_batch (id)
);
CREATE INDEX attendance_person ON attendance (person_id);
CREATE INDEX attendance_course ON attendance (course_id);

CREATE SEQUENCE training_id START WITH 1;
