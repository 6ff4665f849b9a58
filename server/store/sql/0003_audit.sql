-- SPDX-License-Identifier: Apache-2.0
-- 0003: the audit log (DESIGN §6). Every state change inserts one row in the transaction that makes
-- the change. Rows are chained afterwards by one sealer at a time (the audit_head row is its lock):
-- sealing assigns chain_pos 1, 2, 3 ... with prev_hash = the previous row's row_hash and
-- row_hash = SHA-256 over the row's fields and prev_hash, so an edited, inserted or deleted row
-- breaks the chain at a named position. Sealing apart from the writing transaction keeps booking
-- transactions from queueing on one hot row during a rush.
-- detail is JSON without personal data: ids, statuses, masked IDs at most.

CREATE TABLE audit_log (
    id        TEXT PRIMARY KEY,
    at        BIGINT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    object    TEXT NOT NULL,
    detail    TEXT NOT NULL,
    chain_pos BIGINT UNIQUE,
    prev_hash TEXT,
    row_hash  TEXT
);

CREATE INDEX audit_log_unsealed ON audit_log (at) WHERE chain_pos IS NULL;

CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    chain_pos BIGINT NOT NULL,
    row_hash  TEXT NOT NULL
);

INSERT INTO audit_head (id, chain_pos, row_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
