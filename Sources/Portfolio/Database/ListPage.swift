import SQLite

/// Where a page of a list ordered by id begins: at the top, just after one row, or (going back) just before one.
public enum PageStart: Sendable, Equatable {
    case first
    case after(Int64)
    case before(Int64)
}

/// One page of a list ordered by id: its items, how many the whole list holds and how many come before the page.
/// Read by keyset (from an id, never by skipping rows), so that the last page of a long list costs what the
/// first does.
///
///     let page = try GrantRepository(db).page(GrantRepository.Filter(year: 2020), from: .after(1200), size: 100)
///     page.preceding + 1   // the number of its first row in the list
public struct ListPage<Item> {
    public let items: [Item]
    /// How many items the whole filtered list holds.
    public let total: Int
    /// How many of them come before the page.
    public let preceding: Int
    /// Where the next page starts, and where the previous one ends; nil when there is none.
    public let next: PageStart?
    public let previous: PageStart?

    /// The same page of other items, one for each of these (a project for each id; `()` for a page's place alone).
    public func map<Other>(_ transform: (Item) throws -> Other) rethrows -> ListPage<Other> {
        ListPage<Other>(items: try items.map(transform), total: total, preceding: preceding, next: next, previous: previous)
    }

    init(items: [Item], total: Int, preceding: Int, next: PageStart?, previous: PageStart?) {
        self.items = items
        self.total = total
        self.preceding = preceding
        self.next = next
        self.previous = previous
    }
}

extension ListPage {
    /// Reads one page of `select + condition` ordered by `table.id`. `condition` is a WHERE clause over `table`'s own
    /// columns with numbered parameters (`?1`…), `arguments` their values; the page's bound and size come after them.
    /// The count is a second statement over `table` alone, which needs none of `select`'s joins.
    static func read(_ connection: Connection, select: String, table: String, condition: String,
                     arguments: [any DatabaseValueConvertible], from start: PageStart, size: Int,
                     counts kept: ListCounts? = nil,
                     id: (Item) -> Int64, _ item: (StatementRow) throws -> Item) throws -> ListPage {
        let bound = arguments.count + 1
        let limit = "?\(arguments.count + 2)"
        let key = table + ".id"
        var items: [Item]
        switch start {
        case .first, .after:
            let after: Int64 = if case .after(let id) = start { id } else { .min }
            items = try connection.map(select + condition + " AND \(key) > ?\(bound) ORDER BY \(key) LIMIT \(limit)",
                                       arguments + [after, size], item)
        case .before(let before):
            items = try connection.map(select + condition + " AND \(key) < ?\(bound) ORDER BY \(key) DESC LIMIT \(limit)",
                                       arguments + [before, size], item).reversed()
        }
        // The first id of the page, or where it would have been: every row of the list below it comes before the page.
        let boundary: Int64 = switch start {
        case _ where !items.isEmpty: id(items[0])
        case .first: .min
        case .after(let after): after == .max ? after : after + 1
        case .before(let before): before
        }
        let countSQL = "SELECT count(*), coalesce(sum(\(key) < ?\(bound)), 0) FROM \(table)" + condition
        let counting = {
            let row = try connection.row(countSQL, arguments + [boundary])
            return ListCounts.Count(total: Int(try row?.get(0, as: Int64.self) ?? 0), preceding: Int(try row?.get(1, as: Int64.self) ?? 0))
        }
        let counted = try kept.map { try $0.count(connection, key: "\(countSQL)\u{0}\(arguments)\u{0}\(boundary)", counting) } ?? counting()
        let (total, preceding) = (counted.total, counted.preceding)
        return ListPage(items: items, total: total, preceding: preceding,
                        next: preceding + items.count < total ? .after(items.last.map(id) ?? max(boundary, .min + 1) - 1) : nil,
                        previous: preceding > 0 ? .before(boundary) : nil)
    }
}
