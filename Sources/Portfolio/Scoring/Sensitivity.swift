/// How stable one project's rank is when the weights are uncertain.
public struct RankStability: Equatable, Sendable {
    public let projectID: Int64
    public let name: String
    /// Its rank with the weights as they are.
    public let rank: Int
    public let medianRank: Double
    /// The 5th and 95th percentile of its rank over the runs.
    public let p5: Int
    public let p95: Int
    /// The share of runs in which it ranked in the top N.
    public let topChance: Double
}

/// Perturbs the weights — each multiplied by its own draw from U(1 − spread, 1 + spread),
/// from a seeded generator — and ranks the projects again, `runs` times.
public enum Sensitivity {
    public static func analyse(_ ranking: Ranking, runs: Int, spread: Double, seed: UInt64, top: Int) throws -> [RankStability] {
        try Bounds.runs.check(runs)
        guard spread >= 0, spread < 1 else { throw PortfolioError.invalidInput(Message("sensitivity.spread_range", ["spread": .text("\(spread)")])) }
        try Bounds.top.check(top)
        let projects = ranking.projects
        // Every run's rank of every project is held until the percentiles are taken.
        guard runs * max(projects.count, 1) <= Bounds.sensitivityRanks else {
            throw PortfolioError.invalidInput(Message("sensitivity.runs_too_many", ["runs": .text("\(runs)"), "projects": .text("\(projects.count)"), "most": .text("\(Bounds.sensitivityRanks / projects.count)")]))
        }
        // A criterion's 0–5 score does not depend on the weights: work it out once.
        let scores = projects.map { project in project.result.parts.map(\.score) }
        let feasibility = projects.map { Double($0.assessment.feasibility) }
        let baseWeights = Criterion.allCases.map { ranking.model.weights[$0] ?? 0 }
        var generator = SeededRandom(seed: seed)
        // Int32: a rank never exceeds the number of projects, and half the memory of Int.
        var ranks = Array(repeating: [Int32](), count: projects.count)
        for index in ranks.indices { ranks[index].reserveCapacity(runs) }
        for _ in 0..<runs {
            let weights = baseWeights.map { $0 * (1 - spread + 2 * spread * generator.unit()) }
            let total = weights.reduce(0, +)
            let runScores = projects.indices.map { index in
                total == 0 ? 0 : 100 * (feasibility[index] / 5) * zip(weights, scores[index]).reduce(0) { $0 + $1.0 * $1.1 } / (5 * total)
            }
            // The same order as a ranking: score, then the lower request, then the lower id.
            let order = projects.indices.sorted { a, b in
                if runScores[a] != runScores[b] { return runScores[a] > runScores[b] }
                if projects[a].request != projects[b].request { return projects[a].request < projects[b].request }
                return projects[a].projectID < projects[b].projectID
            }
            for (position, index) in order.enumerated() { ranks[index].append(Int32(position + 1)) }
        }
        return projects.indices.map { index in
            let sorted = ranks[index].sorted().map(Int.init)
            let middle = sorted.count / 2
            let median = sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
            return RankStability(projectID: projects[index].projectID, name: projects[index].name, rank: projects[index].rank,
                                 medianRank: median, p5: percentile(sorted, 0.05), p95: percentile(sorted, 0.95),
                                 topChance: Double(sorted.filter { $0 <= top }.count) / Double(sorted.count))
        }
    }

    /// The nearest-rank percentile of sorted values (ranks here; a calibration's ratios too).
    static func percentile<Value>(_ sorted: [Value], _ fraction: Double) -> Value {
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}
