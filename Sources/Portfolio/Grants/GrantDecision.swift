import Foundation

/// What a decision on a grant did; stored in `grant_decision.decision`.
public enum DecisionKind: String, Sendable {
    case approved, rejected, lapsed, withdrawn, reinstated
}

/// A member who stepped aside from a decision for conflict of interest
/// (habilitet, forvaltningsloven § 6), as `--recused "NAME: grounds"` gives it.
///
///     let recusal = try Recusal(parsing: "Kari Nordmann: styreleder i søkerselskapet")
public struct Recusal: Equatable, Sendable {
    public let name: String
    public let grounds: String

    public init(name: String, grounds: String) {
        self.name = name
        self.grounds = grounds
    }

    /// `NAME: grounds`, both given; refused otherwise, quoting what was typed.
    public init(parsing text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1).map { String($0).trimmed }
        guard parts.count == 2, let name = try Text.optionalName(parts[0], of: "text.what.recused_name"),
              let grounds = try Text.freeText(parts[1], of: "text.what.recused_grounds") else {
            throw PortfolioError.invalidInput(Message("grant.recused.form", ["text": .text(text)]))
        }
        self.init(name: name, grounds: grounds)
    }
}

/// Who decided, on which case, why, and who stepped aside: what every decision
/// on a grant (approve, reject, lapse, withdraw, reinstate) may record.
///
///     let record = DecisionRecord(decidedBy: "styret", caseReference: "PS 12/26", reason: "Feil tilsagn",
///                                 recused: [try Recusal(parsing: "Ola Nordmann: eier 30 % av søkeren")])
public struct DecisionRecord: Equatable, Sendable {
    public var decidedBy: String?
    public var caseReference: String?
    public var reason: String?
    public var recused: [Recusal]

    public init(decidedBy: String? = nil, caseReference: String? = nil, reason: String? = nil, recused: [Recusal] = []) {
        self.decidedBy = decidedBy?.trimmed.nilIfEmpty
        self.caseReference = caseReference?.trimmed.nilIfEmpty
        self.reason = reason?.trimmed.nilIfEmpty
        self.recused = recused
    }

    /// True when it says who decided and why: what a decision out of the ordinary course needs.
    var isReasoned: Bool { decidedBy != nil && reason != nil }
}

/// A decision as registered: the day it was made and the moment mon registered it are kept apart.
public struct GrantDecision: Equatable, Sendable {
    public let kind: DecisionKind
    public let decidedOn: Day
    public let record: DecisionRecord
    /// UTC, ISO with milliseconds.
    public let registeredAt: String
}
