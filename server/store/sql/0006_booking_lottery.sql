-- SPDX-License-Identifier: Apache-2.0
-- 0006: the verifiable booking lottery of a hot day (issue 3 §5, docs/BOOKING-LOTTERY.md). A hall's
-- day for one service is drawn instead of first-come: applications are taken during a window, the
-- commitment SHA-256(seed) is published when the window opens, and the draw at draw_at reveals the
-- seed, ranks the applications by HMAC-SHA-256(seed, application id) (core/lottery/Draw) and gives
-- the winners appointments slot by slot; the rest wait in rank order for cancellations.
-- Portable SQL (SQLite and PostgreSQL); times are BIGINT Unix seconds, days ISO text.

-- seed: the secret, kept so a restart does not lose it; served only once drawn_at is set.
-- commitment/committed_at: written once, at window open (or by the first application, if that
-- comes before the background job), never changed after.
CREATE TABLE lottery_days (
    id               TEXT PRIMARY KEY,
    hall_id          TEXT NOT NULL REFERENCES halls (id),
    service          TEXT NOT NULL,
    day              TEXT NOT NULL,
    window_opens_at  BIGINT NOT NULL,
    window_closes_at BIGINT NOT NULL,
    draw_at          BIGINT NOT NULL,
    seed             TEXT,
    commitment       TEXT,
    committed_at     BIGINT,
    drawn_at         BIGINT,
    created_by       TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    UNIQUE (hall_id, service, day),
    CHECK (window_closes_at > window_opens_at),
    CHECK (draw_at >= window_closes_at)
);

-- outcome: 'pending' until the draw; then 'won' (appointment_id set), 'waitlisted' (in rank order,
-- promoted to 'won' when a seat of the day is freed) or 'void' (a winner who could not be given
-- the appointment: a party already holds an active one for the service). draw_rank: 1-based place
-- in the published ranking. Only the manage token's hash is kept.
CREATE TABLE lottery_applications (
    id                TEXT PRIMARY KEY,
    lottery_id        TEXT NOT NULL REFERENCES lottery_days (id) ON DELETE CASCADE,
    applied_at        BIGINT NOT NULL,
    manage_token_hash TEXT NOT NULL,
    outcome           TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'won', 'waitlisted', 'void')),
    draw_rank         INTEGER,
    appointment_id    TEXT REFERENCES appointments (id),
    updated_at        BIGINT NOT NULL
);

CREATE INDEX lottery_applications_by_outcome ON lottery_applications (lottery_id, outcome, draw_rank);
CREATE INDEX lottery_applications_by_appointment ON lottery_applications (appointment_id);

-- The people of an application as appointments keep them (0002): masked ID, blind index, name,
-- phone, birth date and sex — never the number. One application per person per lottery day,
-- enforced by the database even when two applications race.
CREATE TABLE lottery_application_parties (
    application_id TEXT NOT NULL REFERENCES lottery_applications (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL CHECK (position IN (0, 1)),
    lottery_id     TEXT NOT NULL,
    person_index   TEXT NOT NULL,
    id_masked      TEXT NOT NULL,
    name           TEXT NOT NULL,
    phone          TEXT NOT NULL,
    birth_date     TEXT NOT NULL,
    sex            TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    PRIMARY KEY (application_id, position),
    UNIQUE (lottery_id, person_index)
);
