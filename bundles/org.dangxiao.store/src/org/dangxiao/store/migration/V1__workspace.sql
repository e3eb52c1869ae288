-- Version 1: organizations, people, the audit log. Portable SQL for H2 2.x and PostgreSQL 12+.
CREATE TABLE organization (
    id        BIGINT PRIMARY KEY,
    code      VARCHAR(64)   NOT NULL UNIQUE,
    name      VARCHAR(200)  NOT NULL,
    type      VARCHAR(32)   NOT NULL,
    parent_id BIGINT,
    version   BIGINT        NOT NULL
);
CREATE INDEX organization_parent ON organization (parent_id);

CREATE TABLE person (
    id            BIGINT PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    gender        VARCHAR(8)    NOT NULL,
    ethnicity     VARCHAR(32)   NOT NULL,
    citizen_id    CHAR(18)      NOT NULL UNIQUE,
    org_id        BIGINT        NOT NULL REFERENCES organization (id),
    post          VARCHAR(200)  NOT NULL,
    rank_name     VARCHAR(32),
    categories    VARCHAR(2000) NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX person_org ON person (org_id);
CREATE INDEX person_name ON person (name);

CREATE TABLE audit_entry (
    seq           BIGINT PRIMARY KEY,
    at            TIMESTAMP     NOT NULL,
    who           VARCHAR(100)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    label         VARCHAR(1000) NOT NULL,
    organizations INTEGER       NOT NULL,
    people        INTEGER       NOT NULL
);

CREATE SEQUENCE organization_id START WITH 1000000;
CREATE SEQUENCE person_id START WITH 1000000;
CREATE SEQUENCE audit_seq START WITH 1;
