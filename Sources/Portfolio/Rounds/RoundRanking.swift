/// Why an application cannot be approved as applied; the raw value is the machine word in CSV and JSON.
public enum Obstacle: String, Sendable, CaseIterable {
    /// Never assessed: it has no score to rank or select it by.
    case notAssessed = "not_assessed"
    /// Received after the round's deadline: the board takes it only by name (`round decide --approve`).
    case late
    /// Its support intensity is above the limit, or above the lower one, which needs a reason given one by one.
    case intensity
    /// State aid, and no EUR rate recorded for the decision day's month.
    case noRate = "no_rate"
    /// It would take its undertaking over the de minimis ceiling.
    case deMinimis = "de_minimis"
    /// The fund does not have the money on the decision day or a later one.
    case fundCover = "fund_cover"
}

/// An undecided application of a round, as the round's ranking sees it on the decision day.
public struct RankedApplication: Equatable, Sendable {
    /// Its place among the assessed ones; nil when unassessed.
    public internal(set) var rank: Int?
    public let application: RoundApplication
    public let assessment: Assessment?
    public let result: ScoringModel.Result?
    /// The focus area of its project's primary goal, when it is for a project.
    public let focusArea: Int?
    /// Each reason it cannot be approved as applied, in words; none: it can.
    public let obstacles: [(Obstacle, Message)]
    /// For de minimis aid at a known rate: its undertaking (the lowest partner id of it),
    /// the award in EUR, and the undertaking's headroom without it.
    public let deMinimis: (undertaking: Int64, award: Euro, headroom: Euro)?

    public var grant: Grant { application.grant }
    public var score: Double? { result?.score }
    public var approvable: Bool { obstacles.isEmpty }

    public static func == (a: RankedApplication, b: RankedApplication) -> Bool {
        a.rank == b.rank && a.application == b.application && a.assessment == b.assessment && a.result == b.result
            && a.obstacles.map(\.0) == b.obstacles.map(\.0) && a.deMinimis?.undertaking == b.deMinimis?.undertaking
            && a.deMinimis?.award == b.deMinimis?.award && a.deMinimis?.headroom == b.deMinimis?.headroom
    }
}

/// A round's undecided applications by score as it stood on a day: the assessed
/// ones in the order of every ranking, then the unassessed ones by id.
public struct RoundRanking: Equatable, Sendable {
    public let round: Round
    public let asOf: Day
    public let model: ScoringModel
    public let personsPerJob: Double
    public let applications: [RankedApplication]
}
