import SQLite

/// The figures of `GrantFigures`, computed by set queries (one query for any
/// number of grants): as of a day over the grant and payment tables, and of
/// everything recorded over the ledger's totals per grant.
///
///     let figures = FiguresRepository(db)
///     let all = try figures.totals(GrantScope(asOf: day))
///     let byProject = try figures.byProject(GrantScope(approvedIn: try Day.span(of: 2026)))
///     let position = try figures.position(fundID: 1, asOf: day)
public struct FiguresRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// The figures of every grant in the scope.
    public func totals(_ scope: GrantScope = GrantScope()) throws -> GrantFigures {
        try grouped(scope, by: "NULL")[nil] ?? .none
    }

    /// The figures of the grants in the scope by project; nil holds the grants on no project.
    public func byProject(_ scope: GrantScope = GrantScope()) throws -> [Int64?: GrantFigures] {
        try grouped(scope, by: "project_id")
    }

    /// The figures of the grants in the scope of the given projects only, read through the indexes
    /// of grants by project and payments by grant: a ranking's top, not every project's sum.
    ///
    ///     let funding = try figures.byProject(GrantScope(asOf: day), among: [7, 12])
    public func byProject(_ scope: GrantScope, among projects: [Int64]) throws -> [Int64?: GrantFigures] {
        try grouped(scope, by: "project_id", among: projects)
    }

    /// Where a fund (all funds when nil) stands at the end of `day` (with everything recorded when nil),
    /// read from the ledger: a sum over the fund's days, whatever the number of its grants.
    public func position(fundID: Int64?, asOf day: Day? = nil) throws -> FundPosition {
        try Ledger(db).position(fundID: fundID, asOf: day)
    }

    /// The funds (one, or all when `fundID` is nil) year by year, from the first
    /// year anything happened to `last` (the last such year when nil): each year's
    /// flows, and what was available at its end — the running sum of allocated −
    /// granted + released + repaid, since available = allocated − in force + repaid.
    public func years(fundID: Int64? = nil, through last: Int? = nil) throws -> [FundYear] {
        let byYear = Dictionary(uniqueKeysWithValues: try Ledger(db).yearFlows(fundID: fundID).map { ($0.year, $0.flows) })
        guard let first = byYear.keys.min(), let lastFlow = byYear.keys.max() else { return [] }
        var available: Int64 = 0
        return (first...max(first, last ?? lastFlow)).map { year in
            let flow = byYear[year] ?? [0, 0, 0, 0, 0]
            available += flow[0] - flow[1] + flow[4] + flow[3]
            return FundYear(year: year, allocated: Money(ore: flow[0]), granted: Money(ore: flow[1]), paid: Money(ore: flow[2]),
                            repaid: Money(ore: flow[3]), released: Money(ore: flow[4]), availableEnd: Money(ore: available))
        }
    }

    private func grouped(_ scope: GrantScope, by column: String, among projects: [Int64]? = nil) throws -> [Int64?: GrantFigures] {
        let among = projects == nil ? "" : " AND grant.project_id IN (SELECT value FROM json_each(?5))"
        let list = projects.map { "[" + $0.map(String.init).joined(separator: ",") + "]" }
        let rows = try db.connection.rows(scope.asOf == nil ? Self.recorded(by: column, among) : Self.asOf(by: column, among),
                                          scope.arguments + (list.map { [$0] } ?? []))
        return Dictionary(uniqueKeysWithValues: try rows.map { row in
            let ore = try (1...6).map { Money(ore: try row.get($0, as: Int64.self)) }
            return (try row.get(0, as: Int64?.self),
                    GrantFigures(applied: ore[0], granted: ore[1], released: ore[2], paid: ore[3], repaid: ore[4], committed: ore[5]))
        })
    }

    /// The figures of everything recorded, from the ledger's totals per grant (which hold only the grants that
    /// count): the same sums as `asOf(by:)` at the end of time, without reading a single payment.
    private static func recorded(by column: String, _ among: String) -> String {
        """
        SELECT \(column) AS key, sum(l.applied_ore), sum(l.granted_ore),
               sum(CASE WHEN l.released_on IS NOT NULL THEN l.granted_ore - l.paid_ore ELSE 0 END),
               sum(l.paid_ore), sum(l.repaid_ore), sum(CASE WHEN l.released_on IS NULL THEN l.granted_ore - l.paid_ore ELSE 0 END)
        FROM ledger_grant AS l JOIN grant ON grant.id = l.grant_id
        WHERE (?2 IS NULL OR l.fund_id = ?2) AND (?3 IS NULL OR l.approved_on BETWEEN ?3 AND ?4)\(among)
        GROUP BY key
        """
    }

    /// The figures as of the day ?1: each grant with its payments by then, read through the index of payments
    /// by grant as the grants are scanned (no table of every grant's payments made first and searched for each).
    private static func asOf(by column: String, _ among: String) -> String {
        """
        WITH figures AS (
            SELECT \(column) AS key, grant.amount_applied_ore AS applied,
                   CASE WHEN grant.approved_on <= ?1 THEN grant.amount_approved_ore ELSE 0 END AS granted,
                   coalesce(sum(CASE WHEN payment.kind = 'payment' THEN payment.amount_ore END), 0) AS paid,
                   coalesce(sum(CASE WHEN payment.kind = 'repayment' THEN payment.amount_ore END), 0) AS repaid,
                   grant.released_on IS NOT NULL AND grant.released_on <= ?1 AS released
            FROM grant LEFT JOIN payment ON payment.grant_id = grant.id AND payment.paid_on <= ?1
            WHERE \(GrantScope.condition)\(among)
            GROUP BY grant.id
        )
        SELECT key, sum(applied), sum(granted), sum(CASE WHEN released THEN granted - paid ELSE 0 END),
               sum(paid), sum(repaid), sum(CASE WHEN released THEN 0 ELSE granted - paid END)
        FROM figures GROUP BY key
        """
    }
}

/// Which grants a set of figures covers, and the day it is taken as of.
///
///     GrantScope(fundID: 1, approvedIn: try Day.span(of: 2026), asOf: day)
public struct GrantScope: Sendable {
    public var fundID: Int64?
    /// Only grants approved in this span (a year's grants); every grant when nil.
    public var approvedIn: (first: Day, last: Day)?
    /// The end of this day; everything recorded when nil.
    public var asOf: Day?

    public init(fundID: Int64? = nil, approvedIn: (first: Day, last: Day)? = nil, asOf: Day? = nil) {
        self.fundID = fundID
        self.approvedIn = approvedIn
        self.asOf = asOf
    }

    /// A grant registered in error is annulled: it counts in no figure.
    static let counted = "status <> 'annulled'"

    /// The scope as SQL over `grant`, with ?1 the day, ?2 the fund, ?3 and ?4 the span.
    static let condition = """
        grant.\(counted) AND grant.received_on <= ?1 AND (?2 IS NULL OR grant.fund_id = ?2)
        AND (?3 IS NULL OR grant.approved_on BETWEEN ?3 AND ?4)
        """

    var arguments: [any DatabaseValueConvertible] {
        [Self.day(asOf), fundID, approvedIn?.first.iso, approvedIn?.last.iso]
    }

    static func day(_ day: Day?) -> String { day?.iso ?? "9999-12-31" }
}
