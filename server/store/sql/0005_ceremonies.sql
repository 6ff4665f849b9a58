-- SPDX-License-Identifier: Apache-2.0
-- 0005: collective ceremonies (集体颁证, DESIGN §1, §4): events and their sessions, couples' sign-ups
-- with a waitlist, the roster of honoured presenters (先模人物) and their assignments, and the
-- notifications outbox. A ceremony is not a registration: nothing here creates a legal act.
-- Times are BIGINT Unix seconds; days ISO 'YYYY-MM-DD' in Asia/Shanghai.

-- status: draft → published → closed → held → archived. next_sequence orders the sign-ups of one
-- event: it is taken (UPDATE ... + 1) first in every sign-up transaction, so it also serialises
-- them per event and the waitlist order is the order of commits, stable and deterministic.
CREATE TABLE ceremony_events (
    id                TEXT PRIMARY KEY,
    title             TEXT NOT NULL,
    title_en          TEXT NOT NULL,
    theme             TEXT NOT NULL DEFAULT '',
    day               TEXT NOT NULL,
    venue_id          TEXT NOT NULL REFERENCES halls (id),
    guests_per_couple INTEGER NOT NULL DEFAULT 0 CHECK (guests_per_couple BETWEEN 0 AND 50),
    notes             TEXT NOT NULL DEFAULT '',
    notes_en          TEXT NOT NULL DEFAULT '',
    signup_opens_at   BIGINT NOT NULL,
    allocation        TEXT NOT NULL CHECK (allocation IN ('first_come', 'lottery')),
    status            TEXT NOT NULL CHECK (status IN ('draft', 'published', 'closed', 'held', 'archived')),
    next_sequence     INTEGER NOT NULL DEFAULT 0,
    -- allocation = 'lottery' (core/lottery/Draw): the commitment SHA-256(seed) is published when the
    -- event is published, the seed is revealed and the draw made when it closes.
    lottery_seed      TEXT,
    lottery_commitment TEXT,
    lottery_committed_at BIGINT,
    lottery_drawn_at  BIGINT,
    created_by        TEXT NOT NULL,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL
);

CREATE INDEX ceremony_events_by_day ON ceremony_events (day);

-- seated <= capacity is the database's own guard behind the conditional update that takes a seat.
CREATE TABLE ceremony_sessions (
    id       TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES ceremony_events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 1),
    start_at BIGINT NOT NULL,
    end_at   BIGINT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 1),
    seated   INTEGER NOT NULL DEFAULT 0 CHECK (seated >= 0 AND seated <= capacity),
    UNIQUE (event_id, position),
    CHECK (end_at > start_at)
);

-- A couple is two blind indexes, sorted, joined in couple_key. session_id is the seat's session
-- (seated, checked_in) or the wished session (waitlisted; NULL = any). basis: why the couple may
-- take part ('registered' or 'booked' to register that day). Only the manage token's hash is kept.
CREATE TABLE ceremony_signups (
    id                TEXT PRIMARY KEY,
    event_id          TEXT NOT NULL REFERENCES ceremony_events (id) ON DELETE CASCADE,
    session_id        TEXT REFERENCES ceremony_sessions (id),
    couple_key        TEXT NOT NULL,
    person_a          TEXT NOT NULL,
    person_b          TEXT NOT NULL,
    name_a            TEXT NOT NULL,
    name_b            TEXT NOT NULL,
    phone             TEXT NOT NULL,
    language          TEXT NOT NULL DEFAULT 'zh',
    basis             TEXT NOT NULL CHECK (basis IN ('registered', 'booked')),
    status            TEXT NOT NULL CHECK (status IN ('seated', 'waitlisted', 'cancelled', 'checked_in')),
    sequence          INTEGER NOT NULL,
    ticket_id         TEXT NOT NULL UNIQUE,
    manage_token_hash TEXT NOT NULL,
    created_at        BIGINT NOT NULL,
    updated_at        BIGINT NOT NULL,
    checked_in_at     BIGINT,
    lottery_rank      INTEGER,
    UNIQUE (event_id, sequence)
);

-- One seat (or waitlist place) per couple per event, enforced by the database even when two
-- sign-ups race.
CREATE UNIQUE INDEX one_signup_per_couple_per_event ON ceremony_signups (event_id, couple_key) WHERE status <> 'cancelled';
CREATE INDEX ceremony_signups_by_event_status ON ceremony_signups (event_id, status, sequence);

-- The 先模人物 roster: anti-epidemic heroes, moral models, people's representatives. Consents are
-- recorded, not assumed: no photo is shown and no contact is used without them.
CREATE TABLE presenters (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    name_en         TEXT NOT NULL DEFAULT '',
    honour          TEXT NOT NULL,
    honour_en       TEXT NOT NULL DEFAULT '',
    organisation    TEXT NOT NULL DEFAULT '',
    photo_consent   INTEGER NOT NULL DEFAULT 0 CHECK (photo_consent IN (0, 1)),
    contact_consent INTEGER NOT NULL DEFAULT 0 CHECK (contact_consent IN (0, 1)),
    contact         TEXT NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL
);

CREATE TABLE presenter_availability (
    presenter_id TEXT NOT NULL REFERENCES presenters (id) ON DELETE CASCADE,
    day          TEXT NOT NULL,
    PRIMARY KEY (presenter_id, day)
);

-- position: the presenter's turn in the session's running order.
CREATE TABLE session_presenters (
    session_id   TEXT NOT NULL REFERENCES ceremony_sessions (id) ON DELETE CASCADE,
    presenter_id TEXT NOT NULL REFERENCES presenters (id),
    position     INTEGER NOT NULL CHECK (position >= 1),
    PRIMARY KEY (session_id, presenter_id),
    UNIQUE (session_id, position)
);

-- Messages to send: SMS-length text in both languages and an iCalendar (RFC 5545) attachment.
-- recipient is the couple's phone; the sender logs the message id and kind only.
CREATE TABLE outbox (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    object_id  TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    language   TEXT NOT NULL,
    text_zh    TEXT NOT NULL,
    text_en    TEXT NOT NULL,
    ics        TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    sent_at    BIGINT
);

CREATE INDEX outbox_pending ON outbox (status, created_at);
CREATE INDEX outbox_by_object ON outbox (object_id);
