-- SPDX-License-Identifier: Apache-2.0
-- 0007: the registrar's atomic "call next" (POST /api/v1/halls/{id}/queue/next). A checked-in
-- appointment is called once, to one counter, by a conditional UPDATE on called_at IS NULL, so two
-- counters of one hall never call the same couple and a restarted kiosk loses nothing.
-- Portable SQL (SQLite and PostgreSQL); one column per statement.

-- called_at: Unix seconds of the call; NULL while the couple waits.
ALTER TABLE appointments ADD COLUMN called_at BIGINT;
-- called_counter: the counter (window) the couple was called to, as the kiosk names it ("3").
ALTER TABLE appointments ADD COLUMN called_counter TEXT;
-- called_by: the username of the staff account that called.
ALTER TABLE appointments ADD COLUMN called_by TEXT;
