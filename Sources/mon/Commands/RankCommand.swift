import ArgumentParser
import Portfolio

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Projects ordered by ringvirkning score, every point explained.",
        discussion: """
            Each project's latest assessment, scored by the model of the day; completed and \
            cancelled projects are left out. Ties go to the lower request, then the lower id. \
            --sensitivity multiplies each weight by U(1−S, 1+S), RUNS times, and shows how stable \
            each rank is. The method: docs/ringvirkning.md.

            Examples:
              mon rank --top 10 --explain
              mon rank --as-of 2024-06-30 --format json
              mon rank --sensitivity --runs 2000 --spread 0.3 --seed 7 --top 5
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only the first N (with --sensitivity: the N to count the chance of), \(Bounds.top.span).") var top: Int?
    @Flag(help: "Show each criterion's input, score, weight and points.") var explain = false
    @Option(help: "The ranking as it stood at the end of this day.") var asOf: String?
    @Flag(help: "Show how stable each rank is when the weights vary.") var sensitivity = false
    @Option(help: "Runs of the sensitivity analysis, \(Bounds.runs.span); runs × projects at most 25 million.") var runs = 1000
    @Option(help: "How far each weight may move: 0.2 is ±20 %.") var spread = 0.2
    @Option(help: "The seed: the same seed gives the same analysis.") var seed: UInt64 = 1

    func run() throws {
        if let top { try Bounds.top.check(top) }
        let ranking = try ScoringRepository(global.openReadOnly()).ranking(asOf: try asOf.map(Day.init(parsing:)) ?? Day.today())
        if sensitivity {
            output.print(try Sensitivity.analyse(ranking, runs: runs, spread: spread, seed: seed, top: top ?? 5), .stability)
            return
        }
        // --explain is for a person, and for a program a row per project with its points, the
        // feasibility and the multiplier; the JSON of every ranking has the breakdown.
        let projects = Array(ranking.projects.prefix(top ?? ranking.projects.count))
        if explain, output.format == .csv || output.format == .json {
            output.print(projects, .explainedRow(ranking.model))
            return
        }
        guard explain, output.format == .table || output.format == .markdown else {
            output.print(projects, .ranked)
            return
        }
        output.printRecord(RankingTop(ranking: ranking, projects: projects), .explained)
    }
}

struct SelectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "select",
        abstract: "The set of projects with the most ringvirkning whose requests fit a budget — proven, not guessed.",
        discussion: """
            Branch and bound over every assessed project that is not completed or cancelled; \
            "optimal": true only when the search has proven no other set scores more. \
            --frontier shows the best score at each of STEPS budgets up to --budget.

            Examples:
              mon select --budget "5 000 000"
              mon select --budget "5 000 000" --require 3 --exclude 8 --min-area 1=2 3=1
              mon select --budget "10 000 000" --frontier 10
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "What the selected projects may ask for together, in kroner (at most 10 000 000 000).") var budget: String
    @Option(parsing: .upToNextOption, help: "Projects that must be selected.") var require: [Int64] = []
    @Option(parsing: .upToNextOption, help: "Projects that must not be.") var exclude: [Int64] = []
    @Option(name: .customLong("min-area"), parsing: .upToNextOption,
            help: ArgumentHelp("At least COUNT projects from focus area N.", valueName: "N=COUNT")) var minimums: [String] = []
    @Option(help: "The best score at each of this many budgets up to --budget, \(Bounds.frontierSteps.span).") var frontier: Int?
    @Option(help: "Select from the assessments as they stood at the end of this day.") var asOf: String?

    func validate() throws {
        for minimum in minimums {
            let parts = minimum.split(separator: "=")
            guard parts.count == 2, Int(parts[0]) != nil, let count = Int(parts[1]), count >= 0 else {
                throw ValidationError("--min-area takes N=COUNT, like 1=2, not '\(minimum)'")
            }
        }
    }

    func run() throws {
        let ranking = try ScoringRepository(global.openReadOnly()).ranking(asOf: try asOf.map(Day.init(parsing:)) ?? Day.today())
        let items = ranking.projects.map { Selector.Item(id: $0.projectID, score: $0.score, request: $0.request, area: $0.focusArea) }
        var perArea: [Int: Int] = [:]
        for minimum in minimums {
            let parts = minimum.split(separator: "=").compactMap { Int($0) }
            perArea[parts[0]] = parts[1]
        }
        let rules = SelectionRules(required: Swift.Set(require), excluded: Swift.Set(exclude), minimumPerArea: perArea)
        let money = try Money(parsing: budget)
        if let frontier {
            let steps = try Selector().frontier(items, budget: money, steps: frontier, rules: rules)
            output.print(zip(1...frontier, steps).map { step, selection in
                FrontierStep(budget: Money(ore: money.ore * Int64(step) / Int64(frontier)), selection: selection)
            }, .frontierStep)
            return
        }
        let selection = try Selector().select(items, budget: money, rules: rules)
        let chosen = ranking.projects.filter { selection.selected.contains($0.projectID) }
        output.printRecord(SelectionRecord(selection: selection, chosen: chosen), .selection)
    }
}
