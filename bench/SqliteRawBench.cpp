// SPDX-License-Identifier: Apache-2.0
// Baseline for the SQLite rush: what one connection on this disk can do with the booking's write
// shape and nothing else — WAL, synchronous=FULL, and per booking one durable transaction
//   BEGIN IMMEDIATE; UPDATE slots SET booked=booked+1 WHERE id=? AND booked<capacity;
//   INSERT INTO appointments ...; COMMIT
// in a loop on a file database (no HTTP, no JSON, no crypto).
//   wedreg-bench-sqlite-raw DBFILE SECONDS        prints transactions=N seconds=S tps=T

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void check(int rc, sqlite3* db, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "wedreg-bench-sqlite-raw: %s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

void exec(sqlite3* db, const char* sql)
{
    check(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), db, sql);
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: wedreg-bench-sqlite-raw DBFILE SECONDS\n");
        return 2;
    }
    const double seconds = std::atof(argv[2]);
    std::remove(argv[1]);
    sqlite3* db = nullptr;
    check(sqlite3_open(argv[1], &db), db, "open");
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=FULL");
    exec(db, "CREATE TABLE slots (id TEXT PRIMARY KEY, capacity INTEGER NOT NULL, booked INTEGER NOT NULL)");
    exec(db, "CREATE TABLE appointments (id TEXT PRIMARY KEY, slot_id TEXT NOT NULL REFERENCES slots(id), "
             "person_a TEXT NOT NULL, person_b TEXT NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL)");
    exec(db, "CREATE UNIQUE INDEX appointments_a ON appointments(person_a, status)");
    exec(db, "INSERT INTO slots VALUES ('hot', 1000000000, 0)");

    sqlite3_stmt* take = nullptr;
    sqlite3_stmt* insert = nullptr;
    check(sqlite3_prepare_v2(db, "UPDATE slots SET booked=booked+1 WHERE id=? AND booked<capacity", -1, &take, nullptr),
          db, "prepare update");
    check(sqlite3_prepare_v2(db, "INSERT INTO appointments VALUES (?, ?, ?, ?, 'booked', ?)", -1, &insert, nullptr), db,
          "prepare insert");
    const auto start = std::chrono::steady_clock::now();
    long n = 0;
    double elapsed = 0;
    while (elapsed < seconds) {
        exec(db, "BEGIN IMMEDIATE");
        sqlite3_bind_text(take, 1, "hot", -1, SQLITE_STATIC);
        check(sqlite3_step(take), db, "update");
        sqlite3_reset(take);
        if (sqlite3_changes(db) != 1) {
            std::fprintf(stderr, "wedreg-bench-sqlite-raw: slot full\n");
            return 1;
        }
        const auto id = "a" + std::to_string(n);
        const auto a = "pa" + std::to_string(n);
        const auto b = "pb" + std::to_string(n);
        sqlite3_bind_text(insert, 1, id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, "hot", -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, a.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 4, b.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(insert, 5, n);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
        exec(db, "COMMIT");
        ++n;
        elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    sqlite3_finalize(take);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    std::printf("transactions=%ld seconds=%.3f tps=%.1f\n", n, elapsed, static_cast<double>(n) / elapsed);
    return 0;
}
