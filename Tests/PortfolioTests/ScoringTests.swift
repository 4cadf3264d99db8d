import Foundation
import Testing
import Portfolio
import TestSupport

/// Model v1 worked out by hand: the expected numbers are written out here, not computed by the code under test.
@Suite struct ScoreByHandTests {
    let model = ScoringModel(
        version: 1, validFrom: "2021-01-01T00:00:00.000Z",
        weights: [.jobs: 25, .competence: 15, .attractiveness: 20, .priority: 5, .green: 10, .innovation: 10, .visibility: 10,
                  .collaboration: 5],
        multipliers: [.industry: 1.5, .knowledge: 1.3, .tourism: 1.3, .primary: 1.3, .creative: 1.2, .services: 1.2,
                      .public: 1.1, .other: 1.2])
    let day = Day(year: 2024, month: 1, day: 15)!

    @Test func zeroJobsScoreOnlyTheAssessedCriteria() {
        // jobs, competence and priority are 0; Σ wᵢsᵢ = 20·3 + 10·2 + 10·4 + 10·1 + 5·5 = 155;
        // score = 100 · 4/5 · 155 / (5 · 100) = 24.8.
        let result = model.score(Assessment(.project(1), assessedOn: day, directJobs: 0, sector: .industry, attractiveness: 3,
                                            green: 2, innovation: 4, visibility: 1, collaboration: 5, feasibility: 4),
                                 personsPerJob: 1.5)
        #expect(abs(result.score - 24.8) < 1e-9)
        #expect(result.parts.first { $0.criterion == .priority }?.score == 0)
        #expect(result.jobsTotal == 0 && result.populationEffect == 0)
    }

    @Test func feasibilityZeroScoresZero() {
        let result = model.score(Assessment(.project(1), assessedOn: day, directJobs: 50, competenceJobs: 20, priorityJobs: 10,
                                            sector: .industry, attractiveness: 5, green: 5, innovation: 5, visibility: 5,
                                            collaboration: 5, feasibility: 0), personsPerJob: 1.5)
        #expect(result.score == 0)
        #expect(result.parts.allSatisfy { $0.points == 0 })
        // Its jobs are still estimated: 50 · 1.5 = 75, and 75 · 1.5 = 112.5 people.
        #expect(abs(result.jobsTotal - 75) < 1e-9)
        #expect(abs(result.populationEffect - 112.5) < 1e-9)
    }

    @Test func jobsAndCompetenceAreCappedAtFive() {
        // J = 80 · 1.5 = 120 > 100 and competence 30 > 25: both score 5. Priority 40/80 → 2.5.
        // Σ = 25·5 + 15·5 + 20·5 + 5·2.5 + 10·5 + 10·5 + 10·5 + 5·5 = 487.5; score = 100 · 5/5 · 487.5 / 500 = 97.5.
        let result = model.score(Assessment(.project(1), assessedOn: day, directJobs: 80, competenceJobs: 30, priorityJobs: 40,
                                            sector: .industry, attractiveness: 5, green: 5, innovation: 5, visibility: 5,
                                            collaboration: 5, feasibility: 5), personsPerJob: 1.5)
        #expect(result.parts.first { $0.criterion == .jobs }?.score == 5)
        #expect(result.parts.first { $0.criterion == .competence }?.score == 5)
        #expect(result.parts.first { $0.criterion == .priority }?.score == 2.5)
        #expect(abs(result.score - 97.5) < 1e-9)
        #expect(abs(result.jobsTotal - 120) < 1e-9)
        #expect(abs(result.populationEffect - 180) < 1e-9)
    }

    @Test func aTypicalProjectBelowTheCaps() {
        // J = 10 · 1.3 = 13: jobs = 5 · ln 14 / ln 101 = 2.859142377739592; competence = 5 · ln 5 / ln 26 = 2.4699051941098262;
        // priority = 5 · 3/10 = 1.5; score = 100 · 3/5 · (25·2.8591… + 15·2.4699… + 20·2 + 5·1.5 + 10·3 + 10·4 + 10·2 + 5·3) / 500.
        let result = model.score(Assessment(.project(1), assessedOn: day, directJobs: 10, competenceJobs: 4, priorityJobs: 3,
                                            sector: .knowledge, attractiveness: 2, green: 3, innovation: 4, visibility: 2,
                                            collaboration: 3, feasibility: 3), personsPerJob: 1.5)
        #expect(abs(result.parts[0].score - 2.859142377739592) < 1e-9)
        #expect(abs(result.parts[1].score - 2.4699051941098262) < 1e-9)
        #expect(abs(result.score - 31.323256482616458) < 1e-9)
        #expect(abs(result.parts.reduce(0) { $0 + $1.points } - result.score) < 1e-9)
        // Each criterion's points: 100 · (3/5) · w · s / 500; innovation: 0.12 · 10 · 4 = 4.8.
        #expect(abs(result.parts.first { $0.criterion == .innovation }!.points - 4.8) < 1e-9)
        #expect(abs(result.populationEffect - 19.5) < 1e-9)
    }

    @Test func outOfRangeInputsAreRefused() {
        let base = Assessment(.project(1), assessedOn: day, directJobs: 5, feasibility: 3)
        var tooManyCompetence = base; tooManyCompetence.competenceJobs = 6
        var negative = base; negative.directJobs = -1
        var greenSix = base; greenSix.green = 6
        var feasibilityMinus = base; feasibilityMinus.feasibility = -1
        for assessment in [tooManyCompetence, negative, greenSix, feasibilityMinus] {
            #expect(throws: PortfolioError.self) { try assessment.validate() }
        }
    }
}

@Suite struct RankingTests {
    let db: PortfolioDatabase
    let scoring: ScoringRepository
    let january = Day(year: 2024, month: 1, day: 10)!

    init() throws {
        db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/rank.sqlite", actor: "test")
        scoring = ScoringRepository(db)
        for name in ["A", "B", "C", "D"] {
            try ProjectRepository(db).add(Project(name: name, status: .planned, goals: ["1.1"]))
        }
    }

    func assess(_ project: Int64, on day: Day, jobs: Double, green: Int = 0, feasibility: Int = 3, request: Int64) throws {
        try scoring.assess(Assessment(.project(project), assessedOn: day, directJobs: jobs, sector: .industry, green: green,
                                      feasibility: feasibility, request: Money(kroner: request)))
    }

    @Test func tiesGoToTheLowerRequestThenTheLowerId() throws {
        try assess(1, on: january, jobs: 5, request: 300_000)
        try assess(2, on: january, jobs: 5, request: 200_000)
        try assess(3, on: january, jobs: 5, request: 200_000)
        try assess(4, on: january, jobs: 9, request: 900_000)
        let ranking = try scoring.ranking(asOf: january)
        #expect(ranking.projects.map(\.projectID) == [4, 2, 3, 1])
        #expect(ranking.projects.map(\.rank) == [1, 2, 3, 4])
        #expect(ranking.projects[1].score == ranking.projects[3].score)
    }

    @Test func completedAndCancelledProjectsAreLeftOut() throws {
        try assess(1, on: january, jobs: 5, request: 1)
        try assess(2, on: january, jobs: 5, request: 1)
        try ProjectRepository(db).setStatus(2, .completed)
        #expect(try scoring.ranking(asOf: january).projects.map(\.projectID) == [1])
    }

    @Test func leavingOutAfterwardsIsLeavingOutFromTheStart() throws {
        try assess(1, on: january, jobs: 2, request: 100)
        try assess(2, on: january, jobs: 9, request: 100)
        try assess(3, on: january, jobs: 5, request: 100)
        try assess(4, on: january, jobs: 1, request: 100)
        try ProjectRepository(db).setStatus(2, .completed)
        try ProjectRepository(db).setStatus(4, .cancelled)
        let wider = try scoring.ranking(asOf: january, leavingOut: [.cancelled])
        #expect(wider.projects.map(\.projectID) == [2, 3, 1])
        #expect(wider.leavingOut([.completed]) == (try scoring.ranking(asOf: january)))
        #expect(wider.leavingOut([.completed]).projects.map(\.rank) == [1, 2])
    }

    @Test func aRankingAsOfAnEarlierDayIsExactlyAsItStood() throws {
        let february = Day(year: 2024, month: 2, day: 1)!
        try assess(1, on: january, jobs: 10, request: 100_000)
        try assess(2, on: january, jobs: 4, green: 5, request: 100_000)
        try assess(3, on: january, jobs: 1, request: 50_000)
        let before = try scoring.ranking(asOf: february)
        #expect(before.model.version == 1)
        // New weights from today, and new assessments dated after February.
        try scoring.changeModel(weights: [.jobs: 5, .green: 40])
        try assess(3, on: Day(year: 2024, month: 3, day: 1)!, jobs: 60, green: 5, feasibility: 5, request: 50_000)
        try assess(4, on: Day(year: 2024, month: 3, day: 1)!, jobs: 20, request: 10_000)
        #expect(try scoring.ranking(asOf: february) == before)
        let now = try scoring.ranking(asOf: Day.today())
        #expect(now.model.version == 2)
        #expect(now.projects.map(\.projectID) != before.projects.map(\.projectID))
    }

    @Test func aModelVersionNeverStartsBeforeToday() throws {
        #expect(throws: PortfolioError.self) { try scoring.changeModel(weights: [.jobs: 30], from: january) }
        #expect(throws: PortfolioError.self) { try scoring.changeModel(weights: [.jobs: -1]) }
        #expect(try scoring.models().count == 1)
    }

    @Test func sensitivityWithSpreadZeroIsCertain() throws {
        for (project, jobs) in [(1, 10.0), (2, 4.0), (3, 20.0), (4, 7.0)] as [(Int64, Double)] {
            try assess(project, on: january, jobs: jobs, request: 1_000)
        }
        let ranking = try scoring.ranking(asOf: january)
        let stability = try Sensitivity.analyse(ranking, runs: 50, spread: 0, seed: 7, top: 2)
        for entry in stability {
            #expect(entry.p5 == entry.rank && entry.p95 == entry.rank && entry.medianRank == Double(entry.rank))
            #expect(entry.topChance == (entry.rank <= 2 ? 1 : 0))
        }
    }

    @Test func theSameSeedGivesTheSameAnalysis() throws {
        // Scores close together (jobs against green), so that uncertain weights reorder them.
        try assess(1, on: january, jobs: 5, green: 1, request: 1_000)
        try assess(2, on: january, jobs: 8, green: 0, request: 1_000)
        try assess(3, on: january, jobs: 6, green: 1, request: 1_000)
        let ranking = try scoring.ranking(asOf: january)
        let first = try Sensitivity.analyse(ranking, runs: 500, spread: 0.5, seed: 42, top: 1)
        #expect(try Sensitivity.analyse(ranking, runs: 500, spread: 0.5, seed: 42, top: 1) == first)
        // With weights this uncertain, the close projects trade places.
        #expect(first.contains { $0.topChance > 0 && $0.topChance < 1 })
        #expect(abs(first.reduce(0) { $0 + $1.topChance } - 1) < 1e-9)
    }
}

/// Branch and bound against trying every subset, on instances small enough to try them all.
@Suite struct SelectionTests {
    struct Instance {
        let items: [Selector.Item]
        let budget: Money
        let rules: SelectionRules
    }

    static func instance(_ seed: UInt64) -> Instance {
        var random = SeededRandom(seed: seed)
        let count = 1 + Int(random.next() % 18)
        let items = (0..<count).map { index in
            Selector.Item(id: Int64(index + 1), score: (random.unit() * 100 * 1000).rounded() / 1000,
                          request: Money(kroner: Int64(random.next() % 50) * 10_000), area: 1 + Int(random.next() % 3))
        }
        let total = items.reduce(0) { $0 + $1.request.ore }
        let budget = Money(ore: Int64(Double(total) * (0.2 + 0.6 * random.unit())))
        var rules = SelectionRules()
        for item in items {
            switch random.next() % 10 {
            case 0: rules.required.insert(item.id)
            case 1: rules.excluded.insert(item.id)
            default: break
            }
        }
        if random.next() % 2 == 0 { rules.minimumPerArea[1 + Int(random.next() % 3)] = Int(random.next() % 3) }
        if random.next() % 4 == 0 { rules.minimumPerArea[1 + Int(random.next() % 3)] = Int(random.next() % 4) }
        return Instance(items: items, budget: budget, rules: rules)
    }

    /// The best score over every subset that meets the rules, or nil when none does.
    static func exhaustive(_ instance: Instance) -> Double? {
        let items = instance.items
        let required = items.indices.filter { instance.rules.required.contains(items[$0].id) }.reduce(0) { $0 | 1 << $1 }
        let excluded = items.indices.filter { instance.rules.excluded.contains(items[$0].id) }.reduce(0) { $0 | 1 << $1 }
        let areas = instance.rules.minimumPerArea.map { area, minimum in
            (mask: items.indices.filter { items[$0].area == area }.reduce(0) { $0 | 1 << $1 }, minimum: minimum)
        }
        var best: Double?
        for mask in 0..<(1 << items.count) where mask & required == required && mask & excluded == 0 {
            guard areas.allSatisfy({ (mask & $0.mask).nonzeroBitCount >= $0.minimum }) else { continue }
            var cost: Int64 = 0
            var score = 0.0
            for index in items.indices where mask & (1 << index) != 0 {
                cost += items[index].request.ore
                score += items[index].score
            }
            if cost <= instance.budget.ore && (best == nil || score > best!) { best = score }
        }
        return best
    }

    /// The 200 instances with their exhaustive answers, worked out once.
    static let solved: [(instance: Instance, best: Double?)] = (1...200).map { seed in
        let instance = Self.instance(UInt64(seed))
        return (instance, exhaustive(instance))
    }

    @Test(arguments: 1...200)
    func equalsExhaustiveSearch(seed: Int) throws {
        let (instance, expected) = Self.solved[seed - 1]
        guard let expected else {
            #expect(throws: PortfolioError.self) { try Selector().select(instance.items, budget: instance.budget, rules: instance.rules) }
            return
        }
        let selection = try Selector().select(instance.items, budget: instance.budget, rules: instance.rules)
        #expect(selection.optimal)
        #expect(abs(selection.totalScore - expected) < 1e-6, "seed \(seed)")
        let chosen = instance.items.filter { selection.selected.contains($0.id) }
        #expect(chosen.reduce(0) { $0 + $1.request.ore } == selection.totalRequest.ore)
        #expect(selection.totalRequest <= instance.budget)
        #expect(instance.rules.required.isSubset(of: Set(selection.selected)))
        #expect(instance.rules.excluded.isDisjoint(with: Set(selection.selected)))
        for (area, minimum) in instance.rules.minimumPerArea {
            #expect(chosen.filter { $0.area == area }.count >= minimum)
        }
    }

    @Test func theInstancesIncludeInfeasibleOnesAndEveryKindOfRule() {
        #expect(Self.solved.contains { $0.best == nil })
        #expect(Self.solved.contains { !$0.instance.rules.required.isEmpty && $0.best != nil })
        #expect(Self.solved.contains { !$0.instance.rules.excluded.isEmpty && $0.best != nil })
        #expect(Self.solved.contains { !$0.instance.rules.minimumPerArea.isEmpty && $0.best != nil })
        #expect(Self.solved.contains { $0.instance.items.count == 18 })
    }

    @Test func saysWhyNoSetFits() {
        let items = [Selector.Item(id: 1, score: 10, request: Money(kroner: 100), area: 1),
                     Selector.Item(id: 2, score: 20, request: Money(kroner: 200), area: 2)]
        #expect(throws: PortfolioError.refused("the required projects ask for 300 kr, more than the budget of 250 kr")) {
            try Selector().select(items, budget: Money(kroner: 250), rules: SelectionRules(required: [1, 2]))
        }
        #expect(throws: PortfolioError.refused("no set of assessed projects fits 150 kr and meets the minimum per focus area (area 2: 1)")) {
            try Selector().select(items, budget: Money(kroner: 150), rules: SelectionRules(minimumPerArea: [2: 1]))
        }
        #expect(throws: PortfolioError.refused("project 1 cannot be both required and excluded")) {
            try Selector().select(items, budget: Money(kroner: 1_000), rules: SelectionRules(required: [1], excluded: [1]))
        }
        #expect(throws: PortfolioError.refused("project 9 is not among those to select from: it has no assessment, or it is completed or cancelled")) {
            try Selector().select(items, budget: Money(kroner: 1_000), rules: SelectionRules(required: [9]))
        }
    }

    @Test func theFrontierNeverFallsAsTheBudgetGrows() throws {
        let instance = Self.instance(99)
        let steps = try Selector().frontier(instance.items, budget: Money(kroner: 5_000_000), steps: 8)
        let scores = steps.compactMap { $0?.totalScore }
        #expect(scores.count == 8)
        #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 })
    }
}
