/// A round as the board report shows it: its applications, what was asked and given,
/// and the ranking behind the decision — every application scored as it stood on the decision day.
///
///     let rounds = try RoundSummary.all(db, year: 2026, asOf: day)
///     rounds[0].given   // what the board approved in the round
public struct RoundSummary: Sendable {
    public let round: Round
    /// The day the round was decided (its latest decision), or the report's day while undecided.
    public let decidedOn: Day
    /// Every application of the round, ranked on `decidedOn`; the unassessed ones last.
    public let ranking: [RankedApplication]

    public var applications: Int { ranking.count }
    public var approved: [Grant] { ranking.map(\.grant).filter { $0.amountApproved != nil } }
    public var rejected: Int { ranking.filter { $0.grant.status == .rejected }.count }
    public var asked: Money { ranking.reduce(.zero) { $0 + $1.grant.amountApplied } }
    public var given: Money { approved.reduce(.zero) { $0 + ($1.amountApproved ?? .zero) } }

    /// The rounds whose deadline falls in `year` (every round when nil), by deadline.
    public static func all(_ db: PortfolioDatabase, year: Int?, asOf day: Day) throws -> [RoundSummary] {
        let rounds = RoundRepository(db)
        return try rounds.list().filter { year == nil || $0.deadline.year == year }.map { round in
            let applications = try rounds.applications(of: round)
            let decided = applications.compactMap { $0.grant.decidedOn }.max() ?? day
            return RoundSummary(round: round, decidedOn: decided,
                                ranking: try rounds.ranking(of: round, applications, asOf: min(decided, day)).applications)
        }
    }
}
