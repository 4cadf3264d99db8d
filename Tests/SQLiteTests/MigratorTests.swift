import Testing
import SQLite
import TestSupport

@Suite struct MigratorTests {
    let db: Connection

    init() throws {
        db = try Connection(path: try makeTemporaryFolder() + "/migrate.sqlite")
    }

    static let migrations = [
        Migration(id: "0002_more", sql: "ALTER TABLE fund ADD COLUMN note TEXT; INSERT INTO fund(name) VALUES ('Covid-fond');"),
        Migration(id: "0001_core", sql: "CREATE TABLE fund (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;"),
    ]

    @Test func appliesInOrderOfIdAndRecordsEach() throws {
        let migrator = DatabaseMigrator(migrations: Self.migrations)
        try migrator.migrate(db)
        #expect(try migrator.appliedMigrationIDs(in: db) == ["0001_core", "0002_more"])
        #expect(try db.scalar("SELECT name FROM fund", as: String.self) == "Covid-fond")
        #expect(try migrator.isUpToDate(db))
        try migrator.migrate(db) // a second run changes nothing
        #expect(try db.scalar("SELECT count(*) FROM fund", as: Int64.self) == 1)
    }

    @Test func appliesOnlyWhatIsNew() throws {
        try DatabaseMigrator(migrations: [Self.migrations[1]]).migrate(db)
        let migrator = DatabaseMigrator(migrations: Self.migrations)
        #expect(try migrator.isUpToDate(db) == false)
        try migrator.migrate(db)
        #expect(try migrator.appliedMigrationIDs(in: db) == ["0001_core", "0002_more"])
    }

    @Test func aFailingMigrationLeavesNoTrace() throws {
        let migrator = DatabaseMigrator(migrations: [
            Migration(id: "0001_core", sql: "CREATE TABLE fund (id INTEGER PRIMARY KEY) STRICT;"),
            Migration(id: "0002_broken", sql: "CREATE TABLE grant (id INTEGER PRIMARY KEY); INSERT INTO nowhere VALUES (1);"),
        ])
        #expect(throws: SQLiteError.self) { try migrator.migrate(db) }
        #expect(try migrator.appliedMigrationIDs(in: db) == ["0001_core"])
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'grant'", as: Int64.self) == 0)
    }

    @Test func aMigrationThatBreaksAForeignKeyIsRolledBack() throws {
        let migrator = DatabaseMigrator(migrations: [
            Migration(id: "0001_core", sql: """
                CREATE TABLE fund (id INTEGER PRIMARY KEY) STRICT;
                CREATE TABLE allocation (id INTEGER PRIMARY KEY, fund_id INTEGER REFERENCES fund(id) DEFERRABLE INITIALLY DEFERRED) STRICT;
                INSERT INTO allocation(fund_id) VALUES (7);
                """),
        ])
        let error = try #require(throws: SQLiteError.self) { try migrator.migrate(db) }
        #expect(error.code == SQLiteError.constraintForeignKey)
        #expect(try migrator.appliedMigrationIDs(in: db).isEmpty)
    }

    @Test func refusesADatabaseWithAnUnknownMigration() throws {
        try DatabaseMigrator(migrations: Self.migrations).migrate(db)
        let older = DatabaseMigrator(migrations: [Self.migrations[1]])
        #expect(try older.unknownMigrationIDs(in: db) == ["0002_more"])
        let error = try #require(throws: SQLiteError.self) { try older.migrate(db) }
        #expect(error.message.contains("0002_more"))
    }

    /// SQLite's way to change what ALTER TABLE cannot: a new table, copy, drop the
    /// old, rename. With foreign keys on, the DROP would cascade to the children.
    @Test func rebuildsATableOthersReferenceKeepingEveryChild() throws {
        let core = Migration(id: "0001_core", sql: """
            CREATE TABLE fund (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
            CREATE TABLE allocation (id INTEGER PRIMARY KEY, fund_id INTEGER NOT NULL REFERENCES fund(id) ON DELETE CASCADE) STRICT;
            INSERT INTO fund(id, name) VALUES (1, 'Næringsfond'), (2, 'Covid-fond');
            INSERT INTO allocation(fund_id) VALUES (1), (1), (2);
            """)
        let rebuild = Migration(id: "0002_fund_note", sql: """
            CREATE TABLE fund_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> ''), note TEXT) STRICT;
            INSERT INTO fund_new(id, name) SELECT id, name FROM fund;
            DROP TABLE fund;
            ALTER TABLE fund_new RENAME TO fund;
            """)
        try DatabaseMigrator(migrations: [core, rebuild]).migrate(db)
        #expect(try db.scalar("SELECT count(*) FROM allocation", as: Int64.self) == 3)
        #expect(try db.scalar("SELECT group_concat(name, ', ') FROM fund", as: String.self) == "Næringsfond, Covid-fond")
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int64.self) == 1)
        // Keys are enforced again once the migration is done.
        #expect(throws: SQLiteError.self) { try db.execute("INSERT INTO allocation(fund_id) VALUES (9)") }
    }

    @Test func foreignKeysAreOnAgainAfterAFailedMigration() throws {
        let migrator = DatabaseMigrator(migrations: [
            Migration(id: "0001_core", sql: "PRAGMA legacy_alter_table = ON; CREATE TABLE fund (id INTEGER PRIMARY KEY) STRICT; SELECT * FROM nowhere;"),
        ])
        #expect(throws: SQLiteError.self) { try migrator.migrate(db) }
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int64.self) == 1)
        #expect(try db.scalar("PRAGMA legacy_alter_table", as: Int64.self) == 0)
    }

    @Test func whatRunsAfterEachMigrationIsPartOfItsTransaction() throws {
        struct Refusal: Error {}
        let migrator = DatabaseMigrator(migrations: Self.migrations) { db, migration in
            try db.execute("CREATE TABLE after_\(migration.id) (id INTEGER PRIMARY KEY) STRICT")
            if migration.id == "0002_more" { throw Refusal() }
        }
        #expect(throws: Refusal.self) { try migrator.migrate(db) }
        #expect(try migrator.appliedMigrationIDs(in: db) == ["0001_core"])
        let made = try db.rows("SELECT name FROM sqlite_schema WHERE name GLOB 'after_*' ORDER BY name").map { try $0.get(0, as: String.self) }
        #expect(made == ["after_0001_core"])
    }

    @Test func refusesToRunInsideATransaction() throws {
        try db.execute("BEGIN")
        #expect(throws: SQLiteError.self) { try DatabaseMigrator(migrations: Self.migrations).migrate(db) }
        try db.execute("ROLLBACK")
        #expect(try DatabaseMigrator(migrations: Self.migrations).appliedMigrationIDs(in: db).isEmpty)
    }
}
