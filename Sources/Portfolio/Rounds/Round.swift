/// An application round (søknadsrunde): the applications received by its
/// deadline are ranked and decided together, within its budget.
public struct Round: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let deadline: Day
    public let budget: Money
    /// The fund it spends; nil: the applications' own fund, the default one when they have none.
    public let fundID: Int64?
    public let fund: String?
    /// How many applications belong to it, decided or not.
    public let applications: Int
}

/// An application of a round. Whether it came late is worked out, not stored:
/// from its received date and the round's deadline, so that correcting either keeps it true.
public struct RoundApplication: Equatable, Sendable {
    public let grant: Grant
    public let late: Bool
}

/// A round with its applications: what `mon round show` prints.
public struct RoundRecord: Equatable, Sendable {
    public let round: Round
    public let applications: [RoundApplication]
}
