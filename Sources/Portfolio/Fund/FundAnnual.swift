import SQLite

/// The yearly report on a fund, by reporting category and by target group: the
/// grants approved in the year (not annulled), how many, how much was granted and
/// how much of it was paid out in the year. A grant is paid only after its
/// approval, so for these grants "paid in the year" is also "paid by the year's end".
///
///     let annual = try FundAnnualRepository(db).annual(year: 2025, fund: "Kommunalt næringsfond")
///     annual.rows.last?.granted   // all the year's grants together
public struct FundAnnual: Equatable, Sendable {
    public let year: Int
    /// The fund asked for; nil: every fund.
    public let fund: String?
    /// The categories (by code, grants without one last), the target groups (then
    /// grants with none), and the total. A grant may reach several groups, so the
    /// target rows may add up to more than the total; the category rows never do.
    public let rows: [FundAnnualRow]
}

/// One line of the yearly report.
public struct FundAnnualRow: Equatable, Sendable {
    public enum Dimension: String, Sendable { case category, target, total }

    public let dimension: Dimension
    /// The category's code or the target group's key; nil for grants without one, and for the total.
    public let code: String?
    /// The category's names; nil for target groups and the total.
    public let category: ReportingCategory?
    public let grants: Int
    public let granted: Money
    public let paidInYear: Money

    /// The target group of a `target` row; nil for the grants that name none.
    public var target: TargetGroup? { dimension == .target ? code.flatMap(TargetGroup.init(rawValue:)) : nil }
}

public struct FundAnnualRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// The yearly report of `fund` (every fund when nil) for `year`.
    public func annual(year: Int, fund reference: String? = nil) throws -> FundAnnual {
        guard (1900...2200).contains(year) else { throw PortfolioError.invalidInput(Message("fund.not_a_year", ["year": .text("\(year)")])) }
        let fund = try reference.map { try FundRepository(db).resolve($0) }
        let first = "\(year)-01-01", last = "\(year)-12-31"
        let rows = try db.connection.rows(Self.query, [first, last, fund?.id]).map { row in
            let code: String? = try row.get(1)
            let nameBokmal: String? = try row.get(2), nameEnglish: String? = try row.get(3)
            return FundAnnualRow(dimension: FundAnnualRow.Dimension(rawValue: try row.get(0)) ?? .total, code: code,
                                 category: nameBokmal.map { ReportingCategory(code: code ?? "", nameBokmal: $0, nameEnglish: nameEnglish) },
                                 grants: Int(try row.get(4, as: Int64.self)), granted: Money(ore: try row.get(5)),
                                 paidInYear: Money(ore: try row.get(6)))
        }
        return FundAnnual(year: year, fund: fund?.name, rows: rows)
    }

    /// ?1, ?2: the year's first and last day; ?3: the fund's id or NULL. The order
    /// column puts categories by code (none last), targets in their order (none last), then the total.
    static let query = """
        WITH year_grant AS (
            SELECT grant.id, grant.category, grant.amount_approved_ore AS granted,
                   (SELECT coalesce(sum(amount_ore), 0) FROM payment
                    WHERE grant_id = grant.id AND kind = 'payment' AND paid_on BETWEEN ?1 AND ?2) AS paid
            FROM grant
            WHERE grant.status <> 'annulled' AND grant.approved_on BETWEEN ?1 AND ?2 AND (?3 IS NULL OR grant.fund_id = ?3)),
        line AS (
            SELECT 'category' AS dimension, category AS code, 1 AS part, category IS NULL AS none, count(*) AS grants,
                   sum(granted) AS granted, sum(paid) AS paid
            FROM year_grant GROUP BY category
            UNION ALL
            SELECT 'target', grant_target.target, 2, 0, count(*), sum(granted), sum(paid)
            FROM year_grant JOIN grant_target ON grant_target.grant_id = year_grant.id GROUP BY grant_target.target
            UNION ALL
            SELECT 'target', NULL, 2, 1, count(*), sum(granted), sum(paid)
            FROM year_grant WHERE NOT EXISTS (SELECT 1 FROM grant_target WHERE grant_target.grant_id = year_grant.id)
            HAVING count(*) > 0
            UNION ALL
            SELECT 'total', NULL, 3, 0, count(*), coalesce(sum(granted), 0), coalesce(sum(paid), 0) FROM year_grant)
        SELECT line.dimension, line.code, reporting_category.name_nb, reporting_category.name_en, line.grants, line.granted, line.paid
        FROM line LEFT JOIN reporting_category ON line.dimension = 'category' AND reporting_category.code = line.code
        ORDER BY line.part, line.none,
                 CASE line.code WHEN 'women' THEN 1 WHEN 'young' THEN 2 WHEN 'immigrants' THEN 3 END, line.code
        """
}
