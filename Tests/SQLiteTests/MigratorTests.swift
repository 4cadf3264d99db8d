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
}
