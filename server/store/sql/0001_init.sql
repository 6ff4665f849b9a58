-- SPDX-License-Identifier: Apache-2.0
-- 0001: halls and the services they offer; staff accounts and their sessions.
-- Portable SQL (SQLite and PostgreSQL): TEXT ids, INTEGER flags, BIGINT Unix seconds.

CREATE TABLE halls (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('office', 'themed', 'ceremony_venue')),
    province_code    TEXT NOT NULL CHECK (length(province_code) = 2),
    city             TEXT NOT NULL,
    city_en          TEXT NOT NULL,
    address          TEXT NOT NULL,
    address_en       TEXT NOT NULL,
    provincial_level INTEGER NOT NULL DEFAULT 0 CHECK (provincial_level IN (0, 1)),
    counters         INTEGER NOT NULL DEFAULT 1 CHECK (counters >= 0),
    sort_order       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE hall_services (
    hall_id TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    service TEXT NOT NULL CHECK (service IN ('marriage', 'divorce_application', 'divorce',
                                             'reissue', 'counselling', 'ceremony')),
    PRIMARY KEY (hall_id, service)
);

CREATE TABLE staff_accounts (
    username        TEXT PRIMARY KEY,
    display_name    TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('registrar', 'organiser', 'admin')),
    hall_id         TEXT REFERENCES halls (id),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    BIGINT NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL
);

CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY,
    username   TEXT NOT NULL REFERENCES staff_accounts (username) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX staff_sessions_by_user ON staff_sessions (username);
