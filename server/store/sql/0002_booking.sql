-- SPDX-License-Identifier: Apache-2.0
-- 0002: the booking engine. Working plans per hall and service, closures and special openings;
-- the slots generated from them; appointments and their parties; idempotency keys; the queue
-- counters of check-in. Portable SQL: both SQLite (>= 3.24) and PostgreSQL accept the partial
-- unique index and INSERT ... ON CONFLICT DO NOTHING used here.
-- Times are BIGINT Unix seconds; days are ISO 'YYYY-MM-DD' text in Asia/Shanghai.

-- A weekday's opening period (several rows for a day with a lunch break). ISO weekday 1 = Monday.
CREATE TABLE working_plans (
    hall_id          TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    service          TEXT NOT NULL,
    weekday          INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute     INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute       INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    slot_minutes     INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    counters         INTEGER NOT NULL CHECK (counters >= 1),
    couples_per_slot INTEGER NOT NULL CHECK (couples_per_slot >= 1),
    PRIMARY KEY (hall_id, service, weekday, start_minute),
    CHECK (end_minute > start_minute)
);

-- A whole day on which the hall opens for nothing (renovation, local closure).
CREATE TABLE hall_closures (
    hall_id TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    day     TEXT NOT NULL,
    reason  TEXT NOT NULL,
    PRIMARY KEY (hall_id, day)
);

-- A lucky day's own hours (5·20, 七夕, 2·14 ...), replacing the weekday plan that day and opening
-- even on a weekend or a public holiday. opens_at, when set, is that day's own release time.
CREATE TABLE special_openings (
    hall_id          TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    service          TEXT NOT NULL,
    day              TEXT NOT NULL,
    start_minute     INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute       INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    slot_minutes     INTEGER NOT NULL CHECK (slot_minutes BETWEEN 5 AND 480),
    counters         INTEGER NOT NULL CHECK (counters >= 1),
    couples_per_slot INTEGER NOT NULL CHECK (couples_per_slot >= 1),
    name             TEXT NOT NULL,
    opens_at         BIGINT,
    PRIMARY KEY (hall_id, service, day, start_minute),
    CHECK (end_minute > start_minute)
);

-- booked <= capacity is the database's own guard behind the conditional update.
CREATE TABLE slots (
    id       TEXT PRIMARY KEY,
    hall_id  TEXT NOT NULL REFERENCES halls (id) ON DELETE CASCADE,
    service  TEXT NOT NULL,
    day      TEXT NOT NULL,
    start_at BIGINT NOT NULL,
    end_at   BIGINT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    booked   INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0 AND booked <= capacity),
    opens_at BIGINT NOT NULL,
    UNIQUE (hall_id, service, start_at)
);

CREATE INDEX slots_by_hall_day ON slots (hall_id, service, day);

-- slot_id is NULL for a walk-in. Only a hash of the manage token is kept.
CREATE TABLE appointments (
    id                TEXT PRIMARY KEY,
    slot_id           TEXT REFERENCES slots (id),
    hall_id           TEXT NOT NULL REFERENCES halls (id),
    service           TEXT NOT NULL,
    day               TEXT NOT NULL,
    start_at          BIGINT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'cancelled', 'no_show')),
    check_in_code     TEXT NOT NULL,
    manage_token_hash TEXT NOT NULL,
    queue_number      INTEGER,
    walk_in           INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL
);

CREATE INDEX appointments_by_hall_day ON appointments (hall_id, day);
CREATE INDEX appointments_by_code ON appointments (check_in_code);

-- The people on an appointment. No raw ID number: the masked form for display and an
-- HMAC-SHA-256 blind index (key in data.dir) for uniqueness and look-up. Birth date and sex are
-- kept so a reschedule can re-check the ages on the new date.
CREATE TABLE appointment_parties (
    appointment_id TEXT NOT NULL REFERENCES appointments (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position IN (0, 1)),
    service        TEXT NOT NULL,
    person_index   TEXT NOT NULL,
    id_masked      TEXT NOT NULL,
    name           TEXT NOT NULL,
    phone          TEXT NOT NULL,
    birth_date     TEXT NOT NULL,
    sex            TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    PRIMARY KEY (appointment_id, position)
);

-- One active appointment per person per service, enforced by the database even when two
-- requests race.
CREATE UNIQUE INDEX one_active_appointment_per_person
    ON appointment_parties (service, person_index) WHERE active = 1;

-- People the registry knows to be married, by blind index. Registrations (completed acts) keep it;
-- booking only reads it for the "not already married" rule.
CREATE TABLE marital_records (
    person_index TEXT PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('married')),
    since_day    TEXT NOT NULL
);

-- The answer given to a request carrying an Idempotency-Key, written in the booking's own
-- transaction, so a replay returns it instead of booking again. request_digest catches a key
-- reused for a different request. body holds no secret (the manage token is derived, not stored).
CREATE TABLE idempotency_keys (
    idem_key       TEXT PRIMARY KEY,
    request_digest TEXT NOT NULL,
    status         INTEGER NOT NULL,
    body           TEXT NOT NULL,
    appointment_id TEXT,
    created_at     BIGINT NOT NULL
);

-- Check-in queue numbers per hall and day.
CREATE TABLE queue_counters (
    hall_id     TEXT NOT NULL,
    day         TEXT NOT NULL,
    last_number INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (hall_id, day)
);
