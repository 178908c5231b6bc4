import GRDB

/// The database schema, as an ordered list of migrations. A migration, once released, never changes:
/// later features add tables or columns through new migrations appended here ("v2-...", "v3-...").
/// A database holding a migration id this list does not know was written by a newer Legwork.
enum StoreSchema {
    /// Written into the SQLite header (`PRAGMA application_id`): "LGWK". Tells Legwork's files apart
    /// from other programs' SQLite files.
    static let applicationID: Int32 = 0x4C47_574B

    /// How many migrations this version has.
    static var migrationCount: Int { migrator.migrations.count }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            // Times are whole Unix seconds (INTEGER) everywhere; a session also keeps the runner's UTC
            // offset so the history can show local days.
            try db.execute(sql: """
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                INSERT INTO meta (key, value) VALUES ('application', 'legwork'), ('created-schema', 'v1');

                CREATE TABLE document (
                    key TEXT PRIMARY KEY NOT NULL,
                    json TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                );

                CREATE TABLE imported_card (
                    id TEXT PRIMARY KEY NOT NULL,
                    source TEXT NOT NULL,
                    json TEXT NOT NULL,
                    imported_at INTEGER NOT NULL
                );
                CREATE INDEX imported_card_by_source ON imported_card (source);

                CREATE TABLE session (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('strength', 'stretch')),
                    title TEXT NOT NULL,
                    started_at INTEGER NOT NULL,
                    utc_offset INTEGER NOT NULL DEFAULT 0,
                    ended_at INTEGER,
                    status TEXT NOT NULL CHECK (status IN ('in-progress', 'completed', 'abandoned', 'stopped')),
                    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
                    notes TEXT
                );
                CREATE INDEX session_by_start ON session (started_at);

                CREATE TABLE set_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
                    exercise_id TEXT NOT NULL,
                    set_number INTEGER NOT NULL CHECK (set_number >= 1),
                    side TEXT NOT NULL CHECK (side IN ('both', 'left', 'right')),
                    reps INTEGER CHECK (reps >= 0),
                    seconds INTEGER CHECK (seconds >= 0),
                    load_kg REAL CHECK (load_kg >= 0),
                    rir INTEGER CHECK (rir BETWEEN 0 AND 10),
                    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
                    started_at INTEGER NOT NULL,
                    ended_at INTEGER NOT NULL,
                    notes TEXT,
                    UNIQUE (session_id, exercise_id, set_number, side)
                );
                CREATE INDEX set_log_by_exercise ON set_log (exercise_id, started_at);
                CREATE INDEX set_log_by_start ON set_log (started_at);
                """)
        }
        migrator.registerMigration("v2-preview") { db in
            // A run at --speed other than 1 is a preview, not training: it stays in the log, marked, and
            // never counts for progression, streaks or charts.
            try db.execute(sql: "ALTER TABLE session ADD COLUMN preview INTEGER NOT NULL DEFAULT 0 CHECK (preview IN (0, 1))")
        }
        migrator.registerMigration("v3-training-block") { db in
            // Stores from before training blocks kept only the plan's first day ("plan-start"): that day
            // becomes the first block, so the plan carries on instead of starting again at week 1. A
            // block's slots, protocol weeks and jump gate are added to its document as it is next saved.
            try db.execute(sql: """
                INSERT INTO document (key, json, updated_at)
                SELECT 'training-block',
                       json_object('start', json(json), 'number', 1, 'weeks-before', 0, 'steps-before', 0),
                       updated_at
                FROM document
                WHERE key = 'plan-start' AND json_type(json) = 'text'
                  AND NOT EXISTS (SELECT 1 FROM document WHERE key = 'training-block')
                """)
        }
        migrator.registerMigration("v4-strength-check") { db in
            // The runner's strength check (DOMAIN §5): one row per test and side, one check per day (a
            // check saved again that day replaces it). Days are the runner's calendar days, YYYY-MM-DD.
            try db.execute(sql: """
                CREATE TABLE strength_check (
                    day TEXT NOT NULL CHECK (length(day) = 10),
                    test TEXT NOT NULL,
                    side TEXT NOT NULL CHECK (side IN ('both', 'left', 'right')),
                    value INTEGER NOT NULL CHECK (value >= 0),
                    PRIMARY KEY (day, test, side)
                );
                """)
        }
        migrator.registerMigration("v5-runs") { db in
            // The runs that happened: typed by the runner or read from a watch's files. An activity is
            // known by its source and the id it has there, so importing the same file again adds nothing.
            // A run's day is its local calendar date (YYYY-MM-DD): weeks are counted Monday to Sunday.
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    date TEXT NOT NULL,
                    metres REAL NOT NULL CHECK (metres > 0),
                    seconds INTEGER CHECK (seconds > 0),
                    kind TEXT NOT NULL CHECK (kind IN ('easy', 'long', 'workout', 'race', 'other')),
                    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
                    cadence REAL CHECK (cadence > 0),
                    source TEXT NOT NULL,
                    source_id TEXT NOT NULL,
                    UNIQUE (source, source_id)
                );
                CREATE INDEX run_by_date ON run (date);
                """)
        }
        migrator.registerMigration("v6-set-role") { db in
            // The job a set's exercise did in its session: one card can be a tendon protocol and a usual
            // exercise, each with its own history. Sets logged before stay without (they count in both).
            try db.execute(sql: "ALTER TABLE set_log ADD COLUMN role TEXT")
        }
        migrator.registerMigration("v7-routines") { db in
            // The runner's own routines and the programmes a therapist gave: each kept as the file a person
            // reads and edits (docs/routine-format.md), by its name, which is its title. The name compares
            // without case, so "Knee" and "knee" are one routine.
            try db.execute(sql: """
                CREATE TABLE routine (
                    name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE CHECK (length(name) > 0),
                    text TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                );
                """)
        }
        return migrator
    }()

    /// Migration ids of this version, in order.
    static var knownMigrations: [String] { migrator.migrations }
}
