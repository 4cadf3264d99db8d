/// A project that can be ranked: its latest assessment, and what a ranking shows of it.
public struct Candidate: Equatable, Sendable {
    public let projectID: Int64
    public let name: String
    public let status: ProjectStatus
    /// The focus area of its primary goal.
    public let focusArea: Int?
    public let assessment: Assessment
}

/// An assessed project's place in a ranking.
public struct RankedProject: Equatable, Sendable {
    public let rank: Int
    public let projectID: Int64
    public let name: String
    public let status: ProjectStatus
    /// The focus area of its primary goal.
    public let focusArea: Int?
    public let assessment: Assessment
    public let result: ScoringModel.Result
    /// What the fund had given the project on the ranking's day (`ScoringRepository.proposals`); none when not asked.
    public internal(set) var funding: GrantFigures = .none

    public var score: Double { result.score }
    public var request: Money { assessment.request }
    /// What its request still needs: the request less what it holds of grants, never below zero.
    public var remaining: Money { max(.zero, request - funding.held) }
}

/// Projects ordered by ringvirkning score as it stood on a day: highest first,
/// ties to the lower request, then the lower id.
public struct Ranking: Equatable, Sendable {
    public let asOf: Day
    public let model: ScoringModel
    public let personsPerJob: Double
    public let projects: [RankedProject]

    /// The ranking without the projects of `statuses`, the rest numbered from 1 in the same order: what
    /// `ScoringRepository.ranking(asOf:leavingOut:)` gives for more statuses, without scoring anything again.
    ///
    ///     try scoring.ranking(asOf: day, leavingOut: [.cancelled]).leavingOut([.completed])   // == try scoring.ranking(asOf: day)
    public func leavingOut(_ statuses: Set<ProjectStatus>) -> Ranking {
        Ranking(asOf: asOf, model: model, personsPerJob: personsPerJob,
                projects: projects.filter { !statuses.contains($0.status) }.enumerated().map { $1.renumbered($0 + 1) })
    }

    /// Orders scored projects and numbers them from 1.
    static func ordered(_ scored: [(candidate: Candidate, result: ScoringModel.Result)]) -> [RankedProject] {
        // The positions are sorted, not the entries: an entry holds a whole assessment, and a hundred thousand
        // of them moved about and copied by the sort cost more than the comparisons.
        let keys = scored.map { (score: $0.result.score, request: $0.candidate.assessment.request, id: $0.candidate.projectID) }
        return keys.indices.sorted { precedes(keys[$0], keys[$1]) }.enumerated().map { rank, index in
            let entry = scored[index]
            return RankedProject(rank: rank + 1, projectID: entry.candidate.projectID, name: entry.candidate.name,
                                 status: entry.candidate.status, focusArea: entry.candidate.focusArea,
                                 assessment: entry.candidate.assessment, result: entry.result)
        }
    }

    /// The order of every ranking, of projects and of a round's applications alike:
    /// the higher score first, then the lower request, then the lower id.
    ///
    ///     Ranking.precedes((61.2, Money(kroner: 100_000), 3), (61.2, Money(kroner: 250_000), 1))   // true
    public static func precedes(_ a: (score: Double, request: Money, id: Int64), _ b: (score: Double, request: Money, id: Int64)) -> Bool {
        if a.score != b.score { return a.score > b.score }
        if a.request != b.request { return a.request < b.request }
        return a.id < b.id
    }
}
