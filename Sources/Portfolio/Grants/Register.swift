import SQLite

extension Grant {
    /// How long after its award an award of state aid may wait to be reported to Registeret for offentlig støtte.
    public static let registerMonths = 6

    /// The last day to report the award to Registeret for offentlig støtte: six months after its
    /// approval. Set for every approved grant; whether it must be reported is `GrantRepository.list(register:)`'s.
    public var reportBy: Day? {
        approvedOn?.adding(months: Self.registerMonths)
    }
}

/// Something to be done about a grant by a day: what `grant due` lists. Its kind
/// says what: a grant's deadline to claim payment, or an award to report.
public struct DueItem: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// An open grant's last day to claim payment.
        case deadline
        /// An award of state aid to report to Registeret for offentlig støtte.
        case registration
        /// The day the project is to be completed by, while no final request is in.
        case completion
        /// The day the final report is due, while no final request is in.
        case report
    }

    public let kind: Kind
    public let grant: Grant
    public let day: Day

    /// Days from `today` to the item's day; negative when past.
    public func daysLeft(from today: Day) -> Int {
        today.days(until: day)
    }
}

extension GrantRepository {
    /// What falls due by `today` + `days`: open grants whose deadline has passed or falls
    /// within the days, awards to report whose last day to report falls within them
    /// (from `today` on: mon does not yet record that an award was reported), and the
    /// completions and final reports of grants with conditions. By day, then grant.
    ///
    ///     let items = try GrantRepository(db).due(within: 30, today: Day.today())
    public func due(within days: Int, today: Day) throws -> [DueItem] {
        let last = today.adding(days: days)
        let deadlines = try db.connection.map(Self.select + """
             WHERE grant.status = 'approved' AND grant.deadline IS NOT NULL AND grant.deadline <= ?
            """, [last.iso], Self.grant(from:)).map { DueItem(kind: .deadline, grant: $0, day: $0.deadline!) }
        let registrations = try list(Filter(register: true))
            .compactMap { grant in grant.reportBy.map { DueItem(kind: .registration, grant: grant, day: $0) } }
            .filter { $0.day >= today && $0.day <= last }
        return (deadlines + registrations + (try conditionsDue(by: last)))
            .sorted { ($0.day, $0.grant.id, $0.kind.rawValue) < ($1.day, $1.grant.id, $1.kind.rawValue) }
    }
}
