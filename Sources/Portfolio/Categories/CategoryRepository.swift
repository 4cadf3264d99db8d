import SQLite

/// The reporting categories kept as data: seeded with KMD's codes, extended by users.
///
///     let categories = CategoryRepository(db)
///     try categories.add(code: "9000", name: "Lokal ordning", nameEnglish: "Local scheme")
///     try categories.list().map(\.code)   // ["1110", "1245", …, "9000"]
public struct CategoryRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Every category, by code.
    public func list() throws -> [ReportingCategory] {
        try db.connection.rows("SELECT code, name_nb, name_en FROM reporting_category ORDER BY code").map {
            ReportingCategory(code: try $0.get(0), nameBokmal: try $0.get(1), nameEnglish: try $0.get(2))
        }
    }

    /// Adds a category; refused when the code is taken or is not letters, digits, `.`, `_` or `-`.
    public func add(code: String, name: String, nameEnglish: String? = nil) throws {
        try db.write {
            let code = try Self.checkedCode(code)
            guard try db.connection.row("SELECT 1 FROM reporting_category WHERE code = ?", [code]) == nil else {
                throw PortfolioError.refused(Message("category.exists", ["code": .text(code)]))
            }
            try db.connection.execute("INSERT INTO reporting_category (code, name_nb, name_en) VALUES (?, ?, ?)",
                                      [code, try Text.name(name, of: "text.what.category"),
                                       try nameEnglish.map { try Text.name($0, of: "text.what.category") }])
        }
    }

    /// The code as stored; refused, naming the codes known, when it is not on the list.
    func resolve(_ code: String) throws -> String {
        let code = code.trimmed
        guard try db.connection.row("SELECT 1 FROM reporting_category WHERE code = ?", [code]) != nil else {
            throw PortfolioError.refused(Message("category.unknown", ["code": .text(code),
                                                                      "known": .list(try list().map { .text($0.code) })]))
        }
        return code
    }

    static func checkedCode(_ text: String) throws -> String {
        let code = text.trimmed
        let allowed = code.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-".unicodeScalars.contains($0) }
        guard (1...20).contains(code.count), allowed else {
            throw PortfolioError.invalidInput(Message("category.bad_code", ["code": .text(text)]))
        }
        return code
    }
}

extension CategoryRepository {
    /// Records the target groups a grant reaches; a group named twice counts once.
    func record(_ targets: [TargetGroup], of grantID: Int64) throws {
        for target in TargetGroup.allCases where targets.contains(target) {
            try db.connection.execute("INSERT INTO grant_target (grant_id, target) VALUES (?, ?)", [grantID, target.rawValue])
        }
    }

    /// The target groups of a grant, in their order.
    public func targets(of grantID: Int64) throws -> [TargetGroup] {
        let stored = Set(try db.connection.rows("SELECT target FROM grant_target WHERE grant_id = ?", [grantID])
            .map { try $0.get(0, as: String.self) })
        return TargetGroup.allCases.filter { stored.contains($0.rawValue) }
    }
}
