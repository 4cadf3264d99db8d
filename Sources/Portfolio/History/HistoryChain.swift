import Crypto
import SQLite

/// The newest sealed history row: an auditor who keeps it (the board report
/// prints it) can later prove that nothing up to it has changed.
public struct ChainHead: Equatable, Sendable {
    /// The id of the last sealed row: in an intact chain, the number of rows sealed.
    public let rows: Int64
    /// The first 16 hex digits of its hash.
    public let hash: String
}

/// What `HistoryRepository.verify()` found.
public struct HistoryVerification: Equatable, Sendable {
    /// The first row that no longer matches its seal or its place, and how.
    public struct Break: Equatable, Sendable {
        public let id: Int64
        public let problem: Message
    }

    /// Rows in the history.
    public let rows: Int64
    /// Rows another SQLite client caused since mon last wrote: sealed at mon's next write.
    public let unsealed: Int64
    /// The last row that was checked and matched; nil when none did.
    public let head: ChainHead?
    public let firstBreak: Break?
}

/// The seal of the history: row n's hash is SHA-256(hash of row n−1 ‖ content
/// of row n), the first row's previous hash being empty. The content is the
/// row's id, at, actor, table_name, row_id, action, old_values and new_values,
/// each as one byte 0 for NULL, else one byte 1, the length of its UTF-8 text
/// (numbers in decimal) as 8 bytes big-endian, and that text.
///
///     try HistoryChain.seal(connection)          // inside a write transaction
///     let result = try HistoryChain.verify(connection)
enum HistoryChain {
    /// The migration that gives history rows their seal: before it there is nothing to seal.
    static let firstMigration = "0007_history_chain"

    /// Rows read and sealed per round: no statement reads the table while it is written.
    static let batchSize = 4_096

    /// Seals, in id order, every row after the last sealed one.
    static func seal(_ db: Connection) throws {
        let last = try db.row("SELECT id, hash FROM history WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1")
        var after: Int64 = try last?.get(0) ?? 0
        var previous: [UInt8] = try last?.get(1) ?? []
        let update = try db.cachedStatement("UPDATE history SET hash = ? WHERE id = ?")
        while true {
            let batch = try links(db, after: after, previous: &previous)
            guard let end = batch.last else { return }
            for link in batch where link.stored == nil {
                try update.execute([link.computed, link.id])
            }
            after = end.id
        }
    }

    /// Walks the whole chain and names the first row whose content or order no longer matches.
    /// A file a newer mon has not yet migrated (read-only commands do not) has no seals: all its rows count as unsealed.
    static func verify(_ db: Connection) throws -> HistoryVerification {
        guard try hasSeals(db) else {
            let rows = try count(db)
            return HistoryVerification(rows: rows, unsealed: rows, head: nil, firstBreak: nil)
        }
        var previous: [UInt8] = []
        var checked: (id: Int64, hash: [UInt8])?
        var rows: Int64 = 0
        var firstUnsealed: Int64?
        while true {
            let batch = try links(db, after: rows, previous: &previous)
            guard !batch.isEmpty else { break }
            for link in batch {
                if let found = problem(with: link, expectedID: rows + 1, firstUnsealed: firstUnsealed) {
                    let counts = try db.row("SELECT count(*), count(*) - count(hash) FROM history")
                    return HistoryVerification(rows: try counts?.get(0) ?? 0, unsealed: try counts?.get(1) ?? 0,
                                               head: checked.map(head), firstBreak: found)
                }
                rows += 1
                if link.stored == nil { firstUnsealed = firstUnsealed ?? link.id } else { checked = (link.id, link.computed) }
            }
        }
        return HistoryVerification(rows: rows, unsealed: firstUnsealed.map { rows - $0 + 1 } ?? 0,
                                   head: checked.map(head), firstBreak: nil)
    }

    /// The last sealed row, as the board report prints it.
    static func head(_ db: Connection) throws -> ChainHead? {
        guard try hasSeals(db), let row = try db.row("SELECT id, hash FROM history WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1") else {
            return nil
        }
        return head((try row.get(0), try row.get(1)))
    }

    private static func head(_ link: (id: Int64, hash: [UInt8])) -> ChainHead {
        ChainHead(rows: link.id, hash: link.hash.prefix(8).map { hex($0) }.joined())
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
    }

    /// True once migration 0007 has given history its `hash` column.
    private static func hasSeals(_ db: Connection) throws -> Bool {
        try db.scalar("SELECT count(*) FROM pragma_table_xinfo('history') WHERE name = 'hash'", as: Int64.self) == 1
    }

    private static func count(_ db: Connection) throws -> Int64 {
        try db.scalar("SELECT count(*) FROM history") ?? 0
    }

    /// Why `link` breaks the chain, or nil when it holds: ids run 1, 2, 3 … with
    /// no gap, rows are sealed up to the first that is not and none after it, and
    /// each seal is the hash it should be.
    private static func problem(with link: Link, expectedID: Int64, firstUnsealed: Int64?) -> HistoryVerification.Break? {
        if link.id != expectedID {
            return .init(id: link.id, problem: expectedID == 1
                ? Message("history.chain.rows_before_removed", ["row": .text("\(link.id)")])
                : Message("history.chain.gap", ["row": .text("\(link.id)"), "previous": .text("\(expectedID - 1)")]))
        }
        if let firstUnsealed, link.stored != nil {
            return .init(id: firstUnsealed, problem: Message("history.chain.unsealed_before_sealed", ["row": .text("\(firstUnsealed)"), "later": .text("\(link.id)")]))
        }
        if let stored = link.stored, stored != link.computed {
            return .init(id: link.id, problem: Message("history.chain.seal_mismatch", ["row": .text("\(link.id)")]))
        }
        return nil
    }

    /// One row of the history with the hash it carries and the hash it should carry.
    struct Link {
        let id: Int64
        let stored: [UInt8]?
        let computed: [UInt8]
    }

    /// Up to `batchSize` rows after id `after`, in order, chained on from `previous`,
    /// which is left at the last row's computed hash.
    private static func links(_ db: Connection, after: Int64, previous: inout [UInt8]) throws -> [Link] {
        let statement = try db.cachedStatement("""
            SELECT id, at, actor, table_name, row_id, action, old_values, new_values, hash
            FROM history WHERE id > ? ORDER BY id LIMIT ?
            """)
        try statement.bind([after, batchSize])
        var links: [Link] = []
        links.reserveCapacity(batchSize)
        try statement.forEachRow { row in
            let id: Int64 = try row.get(0)
            let rowID: Int64 = try row.get(4)
            let computed = seal(after: previous, [String(id), try row.get(1), try row.get(2), try row.get(3), String(rowID),
                                                  try row.get(5), try row.get(6), try row.get(7)])
            links.append(Link(id: id, stored: try row.get(8), computed: computed))
            previous = computed
        }
        return links
    }

    /// The seal of a row whose content is `fields` (id, at, actor, table_name,
    /// row_id, action, old_values, new_values), following a row sealed `previous`.
    static func seal(after previous: [UInt8], _ fields: [String?]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: previous)
        for field in fields { append(field, to: &hasher) }
        return Array(hasher.finalize())
    }

    /// One field's bytes, fed to the hash without copying the text: sealing a
    /// large import reads every row once, and this runs eight times per row.
    private static func append(_ field: String?, to hasher: inout SHA256) {
        guard var field else { return withUnsafeBytes(of: UInt8(0)) { hasher.update(bufferPointer: $0) } }
        withUnsafeBytes(of: UInt8(1)) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: UInt64(field.utf8.count).bigEndian) { hasher.update(bufferPointer: $0) }
        field.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
    }
}

extension HistoryRepository {
    /// Checks every history row against its seal and its place.
    ///
    ///     let result = try HistoryRepository(db).verify()
    ///     if let broken = result.firstBreak { print(broken.problem) }
    public func verify() throws -> HistoryVerification {
        try HistoryChain.verify(db.connection)
    }

    /// The last sealed row and its hash's first 16 hex digits; nil while nothing is sealed.
    ///
    ///     let head = try HistoryRepository(db).chainHead()   // rows 1234, hash 3f9a…
    public func chainHead() throws -> ChainHead? {
        try HistoryChain.head(db.connection)
    }
}
