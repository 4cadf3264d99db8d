import CSQLite

extension Connection {
    /// Makes `name` a collation SQL can use on this connection, ordering text by
    /// `areInIncreasingOrder` (which must be a strict total order):
    ///
    ///     try db.createCollation(name: "reversed") { $0 > $1 }
    ///     try db.rows("SELECT name FROM partner ORDER BY name COLLATE reversed")
    ///
    /// A collation lives as long as the connection; naming one again replaces it.
    public func createCollation(name: String, _ areInIncreasingOrder: @escaping @Sendable (String, String) -> Bool) throws {
        let order = Unmanaged.passRetained(CollationOrder(areInIncreasingOrder))
        let code = sqlite3_create_collation_v2(handle, name, SQLITE_UTF8, order.toOpaque(), { context, leftCount, left, rightCount, right in
            let order = Unmanaged<CollationOrder>.fromOpaque(context!).takeUnretainedValue()
            return order.compare(CollationOrder.text(left, leftCount), CollationOrder.text(right, rightCount))
        }, { context in
            Unmanaged<CollationOrder>.fromOpaque(context!).release()
        })
        guard code == SQLITE_OK else {
            // SQLite calls the destructor only for a collation it took.
            order.release()
            throw lastError(sql: nil)
        }
    }
}

/// The order a collation compares by, kept alive by SQLite until the connection
/// drops the collation: the C callback can hold no Swift closure of its own.
private final class CollationOrder {
    let areInIncreasingOrder: (String, String) -> Bool

    init(_ areInIncreasingOrder: @escaping (String, String) -> Bool) {
        self.areInIncreasingOrder = areInIncreasingOrder
    }

    /// SQLite's three-way answer: negative, zero or positive.
    func compare(_ left: String, _ right: String) -> Int32 {
        areInIncreasingOrder(left, right) ? -1 : areInIncreasingOrder(right, left) ? 1 : 0
    }

    /// The UTF-8 text SQLite hands over, which has no terminating zero.
    static func text(_ bytes: UnsafeRawPointer?, _ count: Int32) -> String {
        guard let bytes, count > 0 else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(count)), as: UTF8.self)
    }
}
