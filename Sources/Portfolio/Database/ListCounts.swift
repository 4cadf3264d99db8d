import SQLite
import Synchronization

/// The counts of the lists a server pages through ("rows 101–200 of N"), kept
/// for each state of the file (`FileState`: which file, its newest history row): counting a filtered
/// list of 400 000 grants takes about 100 ms of SQL, and fifty readers asking
/// for the same pages would count it again on every request. Any change to the
/// file leaves a history row, so a count is never kept past the change.
///
///     let counts = ListCounts()
///     let page = try GrantRepository(db).page(filter, from: .first, size: 100, counts: counts)
public final class ListCounts: Sendable {
    struct Count: Sendable {
        let total: Int
        let preceding: Int
    }

    /// Enough for every page a board looks at; past it the counts are begun again rather than grow.
    static let capacity = 1_000

    private let kept = Mutex<(version: FileState?, counts: [String: Count])>((nil, [:]))

    public init() {}

    /// The count kept for `key` at the file's present state, else `count()`'s, kept.
    func count(_ connection: Connection, key: String, _ count: () throws -> Count) throws -> Count {
        let version = try FileState(connection)
        if let known = kept.withLock({ $0.version == version ? $0.counts[key] : nil }) { return known }
        let counted = try count()
        kept.withLock { kept in
            if kept.version != version || kept.counts.count >= Self.capacity { kept = (version, [:]) }
            kept.counts[key] = counted
        }
        return counted
    }
}
