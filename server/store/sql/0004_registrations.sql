-- SPDX-License-Identifier: Apache-2.0
-- 0004: registrations (the legal acts a registrar completes, DESIGN §4) and the electronic
-- certificates issued for them (DESIGN §7).
--
-- The issuing authority of a hall's acts and certificates: the administrative division code of
-- its civil-affairs bureau (GB/T 2260), the issuer part of the certificate identifier.
ALTER TABLE halls ADD COLUMN office_code TEXT NOT NULL DEFAULT '';

-- kind / status:
--   marriage             in_force | dissolved            (dissolved by a divorce)
--   divorce_application  cooling_off | withdrawn | lapsed | completed
--   divorce              done
--   reissue              done                            (a new certificate for an earlier act)
-- subject_id names the act a divorce application or divorce concerns (the marriage) or whose
-- certificate a reissue replaces (the marriage or the divorce); application_id the divorce
-- application a divorce completes.
CREATE TABLE registrations (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('marriage', 'divorce_application', 'divorce', 'reissue')),
    status           TEXT NOT NULL CHECK (status IN ('in_force', 'dissolved', 'cooling_off', 'withdrawn',
                                                     'lapsed', 'completed', 'done')),
    hall_id          TEXT NOT NULL REFERENCES halls (id),
    office_code      TEXT NOT NULL,
    registrar        TEXT NOT NULL,
    day              TEXT NOT NULL,
    at               BIGINT NOT NULL,
    appointment_id   TEXT,
    subject_id       TEXT REFERENCES registrations (id),
    application_id   TEXT REFERENCES registrations (id),
    cooling_off_ends TEXT,
    window_ends      TEXT,
    closed_at        BIGINT,
    closed_day       TEXT,
    by_proxy         INTEGER NOT NULL DEFAULT 0 CHECK (by_proxy IN (0, 1))
);

CREATE INDEX registrations_by_hall_day ON registrations (hall_id, day);
CREATE INDEX registrations_open_applications ON registrations (window_ends) WHERE status = 'cooling_off';

-- The people of an act. The full ID number only as AES-256-GCM ciphertext (key file outside the
-- database); person_index is the HMAC-SHA-256 blind index used for every look-up.
CREATE TABLE registration_parties (
    registration_id TEXT NOT NULL REFERENCES registrations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position IN (0, 1)),
    person_index    TEXT NOT NULL,
    id_cipher       TEXT NOT NULL,
    id_masked       TEXT NOT NULL,
    name            TEXT NOT NULL,
    name_latin      TEXT NOT NULL,
    birth_date      TEXT NOT NULL,
    sex             TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    nationality     TEXT NOT NULL,
    PRIMARY KEY (registration_id, position)
);

CREATE INDEX registration_parties_by_person ON registration_parties (person_index);

-- One open divorce application per marriage, enforced by the database.
CREATE UNIQUE INDEX one_open_divorce_application
    ON registrations (subject_id) WHERE status = 'cooling_off';

-- A refused act and its reason (a stable rule code), for the yearly statistics.
CREATE TABLE registration_refusals (
    id        TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    hall_id   TEXT NOT NULL REFERENCES halls (id),
    registrar TEXT NOT NULL,
    day       TEXT NOT NULL,
    at        BIGINT NOT NULL,
    reason    TEXT NOT NULL
);

CREATE INDEX registration_refusals_by_hall_day ON registration_refusals (hall_id, day);

-- kind: marriage | divorce | reissue | record (core::cert::CertificateKind).
-- status: valid | dissolved | superseded | revoked. status_hash is the public status key
-- (core/cert/StatusKey: SHA-256("wedreg-status" ‖ cti), 16 bytes hex) — never the guessable number.
CREATE TABLE certificates (
    id              TEXT PRIMARY KEY,
    registration_id TEXT NOT NULL REFERENCES registrations (id),
    kind            TEXT NOT NULL CHECK (kind IN ('marriage', 'divorce', 'reissue', 'record')),
    identifier      TEXT NOT NULL UNIQUE,
    number          TEXT NOT NULL UNIQUE,
    kid             TEXT NOT NULL,
    status_hash     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('valid', 'dissolved', 'superseded', 'revoked')),
    qr              TEXT NOT NULL,
    issued_at       BIGINT NOT NULL,
    superseded_by   TEXT REFERENCES certificates (id),
    UNIQUE (kid, status_hash)
);

CREATE INDEX certificates_by_registration ON certificates (registration_id);

-- Certificate serial numbers per office and year (GB/T 36904 serial part, 字号).
CREATE TABLE certificate_serials (
    office_code TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_serial INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (office_code, year)
);
