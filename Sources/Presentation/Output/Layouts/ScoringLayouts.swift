import Portfolio

extension Layout where Value == RankedProject {
    /// A ranked project; in JSON with every criterion's value, score, weight and points.
    public static var ranked: Layout {
        Layout([
            Column("rank") { .count($0.rank) }, Column("project_id") { .integer($0.projectID) }, Column("name") { .text($0.name) },
            Column("score") { .rounded($0.score, places: 2) }, Column("request") { .money($0.request) },
            Column("jobs_total") { .rounded($0.result.jobsTotal, places: 2) },
            Column("population_effect") { .rounded($0.result.populationEffect, places: 2) },
        ] + funding, parts: [breakdown])
    }

    /// What the project had been granted and paid on the ranking's day: on every row of a ranking.
    private static var funding: [Column<RankedProject>] {
        [Column("granted") { .money($0.funding.granted) }, Column("paid") { .money($0.funding.paid) }]
    }

    /// Every criterion's value, score, weight and points, by criterion: in the JSON of every ranking.
    private static var breakdown: Part<RankedProject> {
        Part("breakdown", json: { Layout<ScoringModel.Part>.criterionPart.json($0.result.parts, keyedBy: "criterion") })
    }

    /// `rank --explain` in CSV and JSON: a row per project with each criterion's points, the
    /// feasibility and the sector multiplier; score and points in hundredths, the points adding up to the score.
    public static func explainedRow(_ model: ScoringModel) -> Layout {
        Layout([
            Column("rank") { .count($0.rank) }, Column("project_id") { .integer($0.projectID) }, Column("name") { .text($0.name) },
            Column("score") { .number(ExplainedLine.shownScore($0.result)) }, Column("request") { .money($0.request) },
            Column("feasibility") { .count($0.assessment.feasibility) },
            Column("feasibility_factor") { .number(Double($0.assessment.feasibility) / 5) },
            Column("direct_jobs") { .number($0.assessment.directJobs) }, Column("sector") { .choice($0.assessment.sector) },
            Column("multiplier") { .number($0.multiplier(in: model)) }, Column("jobs_total") { .rounded($0.result.jobsTotal, places: 2) },
            Column("population_effect") { .rounded($0.result.populationEffect, places: 2) },
        ] + Criterion.allCases.indices.map { index in
            Column("points_" + Criterion.allCases[index].rawValue) { .number(ExplainedLine.shownPoints($0.result)[index]) }
        } + funding, parts: [breakdown])
    }

    /// A selected project, as `select` lists it for a person, with what the selection counted against
    /// the budget: what its grants leave of its request, or with `--include-funded` the whole request.
    static func selected(wholeRequests: Bool) -> Layout {
        Layout([
            Column("rank") { .count($0.rank) }, Column("project_id") { .integer($0.projectID) }, Column("name") { .text($0.name) },
            Column("area") { $0.focusArea.map(Cell.count) ?? .null }, Column("score") { .rounded($0.score, places: 2) },
            Column("request") { .money($0.request) },
        ] + funding + [Column("counted") { .money(wholeRequests ? $0.request : $0.remaining) }])
    }
}

extension Layout where Value == ScoringModel.Part {
    /// One criterion of a score: what went in, its score 0–5, its weight and the points it gave.
    static var criterionPart: Layout {
        Layout([
            Column("criterion") { .choice($0.criterion) }, Column("value", header: "input") { .rounded($0.value, places: 2) },
            Column("score") { .rounded($0.score, places: 2) }, Column("weight") { .rounded($0.weight, places: 2) },
            Column("points") { .rounded($0.points, places: 2) },
        ])
    }
}

/// The first projects of a ranking: what `rank --explain` explains.
public struct RankingTop {
    let ranking: Ranking
    let projects: [RankedProject]

    public init(ranking: Ranking, projects: [RankedProject]) {
        self.ranking = ranking
        self.projects = projects
    }
}

extension Layout where Value == RankingTop {
    /// `rank --explain` for a person: the ranking, then each project's points criterion by criterion.
    public static var explained: Layout {
        Layout([
            Column("as_of") { .day($0.ranking.asOf) }, Column("model_version") { .integer($0.ranking.model.version) },
            Column("persons_per_job") { .number($0.ranking.personsPerJob) },
        ], parts: [
            .list("ranking", Layout<RankedProject>.ranked) { $0.projects },
            Part("breakdowns", json: nil, sections: { top in
                top.projects.map { project in
                    (ExplainedLine.title(rank: project.rank, name: project.name, project.assessment, project.result, top.ranking.model),
                     Layout<ExplainedLine>.explainedLine.table(ExplainedLine.lines(project.result)))
                }
            }),
        ])
    }
}

extension RankedProject {
    /// The employment multiplier its direct jobs were counted with: its sector's in the model.
    func multiplier(in model: ScoringModel) -> Double {
        model.multipliers[assessment.sector] ?? 1
    }
}

/// One line of a project's explained score: a criterion's points, or the total.
struct ExplainedLine {
    let criterion: Cell
    let part: ScoringModel.Part?
    let points: Double

    /// The criteria and their total, the points in hundredths so that what is shown adds up to the score shown.
    static func lines(_ result: ScoringModel.Result) -> [ExplainedLine] {
        zip(result.parts, shownPoints(result)).map { ExplainedLine(criterion: .choice($0.criterion), part: $0, points: $1) }
            + [ExplainedLine(criterion: .word("total"), part: nil, points: shownScore(result))]
    }

    /// What a ranked project's or application's title says: its score, and the factors that turn weights and scores into points.
    static func title(rank: Int, name: String, _ assessment: Assessment, _ result: ScoringModel.Result, _ model: ScoringModel) -> Message {
        let weights = model.weights.values.reduce(0, +)
        return Message("section.explained", [
            "rank": .integer(Int64(rank)), "name": .text(name), "score": .decimal(shownScore(result), places: 2),
            "scale": .decimal(weights == 0 ? 0 : 20 / weights, places: 2), "feasibility": .integer(Int64(assessment.feasibility)),
            "factor": .decimal(Double(assessment.feasibility) / 5, places: 2),
            "direct": .decimal(assessment.directJobs, places: 2),
            "multiplier": .decimal(model.multipliers[assessment.sector] ?? 1, places: 2),
            "sector": .message(assessment.sector.words), "jobs": .decimal(result.jobsTotal, places: 2),
            "population": .decimal(result.populationEffect, places: 2),
        ])
    }

    /// The score to two decimals.
    static func shownScore(_ result: ScoringModel.Result) -> Double {
        (result.score * 100).rounded() / 100
    }

    /// Each criterion's points to two decimals, so that they add up to `shownScore`: each is
    /// rounded down, and the hundredths left go to the largest remainders (at most one each).
    static func shownPoints(_ result: ScoringModel.Result) -> [Double] {
        let exact = result.parts.map { $0.points * 100 }
        var hundredths = exact.map { $0.rounded(.down) }
        let left = Int((result.score * 100).rounded() - hundredths.reduce(0, +))
        for index in exact.indices.sorted(by: { exact[$0] - hundredths[$0] > exact[$1] - hundredths[$1] }).prefix(max(0, left)) {
            hundredths[index] += 1
        }
        return hundredths.map { $0 / 100 }
    }
}

extension Layout where Value == ExplainedLine {
    /// A criterion's input, score 0–5, weight and points; the total's points only.
    static var explainedLine: Layout {
        Layout([
            Column("criterion") { $0.criterion }, Column("value", header: "input") { $0.part.map { .rounded($0.value, places: 2) } ?? .null },
            Column("score") { $0.part.map { .rounded($0.score, places: 2) } ?? .null },
            Column("weight") { $0.part.map { .rounded($0.weight, places: 2) } ?? .null },
            Column("points") { .rounded($0.points, places: 2) },
        ])
    }
}

extension Layout where Value == RankStability {
    /// How stable a rank is when the weights vary.
    public static var stability: Layout {
        Layout([
            Column("rank") { .count($0.rank) }, Column("project_id") { .integer($0.projectID) }, Column("name") { .text($0.name) },
            Column("median_rank") { .number($0.medianRank) }, Column("p5") { .count($0.p5) }, Column("p95") { .count($0.p95) },
            Column("top_chance") { .number($0.topChance) },
        ])
    }
}

/// A selection with the ranked projects it chose: what `select` shows.
public struct SelectionRecord {
    let selection: Selection
    let chosen: [RankedProject]
    /// `--include-funded`: each project counted for its whole request, not what its grants leave.
    let wholeRequests: Bool

    public init(selection: Selection, chosen: [RankedProject], wholeRequests: Bool) {
        self.selection = selection
        self.chosen = chosen
        self.wholeRequests = wholeRequests
    }
}

extension Layout where Value == SelectionRecord {
    /// In JSON the chosen projects are their ids, after the budget.
    public static var selection: Layout {
        Layout([
            Column("budget") { .money($0.selection.budget) }, Column("total_request") { .money($0.selection.totalRequest) },
            Column("total_score") { .rounded($0.selection.totalScore, places: 2) }, Column("optimal") { .bool($0.selection.optimal) },
        ], parts: [
            Part("selected", after: "budget", json: { .array($0.selection.selected.map { .integer($0) }) },
                 sections: { [(Message("section.selected"), Layout<RankedProject>.selected(wholeRequests: $0.wholeRequests).table($0.chosen))] }),
        ])
    }
}

/// The best selection at one budget of `select --frontier`; nil when none fits.
public struct FrontierStep {
    let budget: Money
    let selection: Selection?

    public init(budget: Money, selection: Selection?) {
        self.budget = budget
        self.selection = selection
    }
}

extension Layout where Value == FrontierStep {
    public static var frontierStep: Layout {
        Layout([
            Column("budget") { .money($0.budget) }, Column("total_score") { $0.selection.map { .rounded($0.totalScore, places: 2) } ?? .null },
            Column("total_request") { $0.selection.map { .money($0.totalRequest) } ?? .null },
            Column("projects") { $0.selection.map { .count($0.selected.count) } ?? .null },
            Column("optimal") { $0.selection.map { .bool($0.optimal) } ?? .null },
        ])
    }
}

extension Layout where Value == ScoringModel {
    /// The model in JSON: its version, and weights and multipliers by name.
    public static var model: Layout {
        Layout([Column("version") { .integer($0.version) }, Column("valid_from") { .text($0.validFrom) }], parts: [
            Part("weights", json: { model in .object(Criterion.allCases.map { ($0.rawValue, .double(model.weights[$0] ?? 0)) }) }),
            Part("multipliers", json: { model in .object(Sector.allCases.map { ($0.rawValue, .double(model.multipliers[$0] ?? 1)) }) }),
        ])
    }
}

/// One weight or multiplier of the model: the model as a table shows it.
public struct ModelSetting {
    let kind: String
    /// A criterion or a sector: its key for programs, its word for a person.
    let key: Cell
    let value: Double

    public static func settings(_ model: ScoringModel) -> [ModelSetting] {
        Criterion.allCases.map { ModelSetting(kind: "weight", key: .choice($0), value: model.weights[$0] ?? 0) }
            + Sector.allCases.map { ModelSetting(kind: "multiplier", key: .choice($0), value: model.multipliers[$0] ?? 1) }
    }
}

extension Layout where Value == ModelSetting {
    public static var modelSetting: Layout {
        Layout([Column("kind") { .word($0.kind) }, Column("key") { $0.key }, Column("value") { .number($0.value) }])
    }
}

extension Layout where Value == DatedParameter {
    public static var parameter: Layout {
        Layout([
            Column("key") { .text($0.key) }, Column("valid_from") { .day($0.validFrom) }, Column("value") { .typed($0.value) },
            Column("set_by") { .text($0.setBy) },
        ])
    }
}
