import ArgumentParser
import Portfolio

struct RankCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "rank",
        abstract: Help.text("help.rank.abstract"),
        discussion: Help.text("help.rank.discussion")
    ) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: Bounds.top.help("help.rank.top")) var top: Int?
    @Flag(help: Help.argument("help.rank.explain")) var explain = false
    @Option(help: Help.argument("help.rank.as_of")) var asOf: String?
    @Flag(help: Help.argument("help.rank.sensitivity")) var sensitivity = false
    @Option(help: Bounds.runs.help("help.rank.runs")) var runs = 1000
    @Option(help: Help.argument("help.rank.spread")) var spread = "0.2"
    @Option(help: Help.argument("help.rank.seed")) var seed: UInt64 = 1
    @Flag(help: Help.argument("help.rank.include_funded")) var includeFunded = false

    func run() throws {
        if let top { try Bounds.top.check(top) }
        // The sensitivity analysis reshuffles the whole ranking; otherwise only the top is read in full.
        let ranking = try ScoringRepository(global.openReadOnly())
            .proposals(asOf: try asOf.map(Day.init(parsing:)) ?? Day.today(), includeFunded: includeFunded, top: sensitivity ? nil : top)
        if sensitivity {
            output.print(try Sensitivity.analyse(ranking, runs: runs, spread: try DecimalNumber(parsing: spread, option: "--spread").value, seed: seed, top: top ?? 5), .stability)
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
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "select",
        abstract: Help.text("help.select.abstract"),
        discussion: Help.text("help.select.discussion")
    ) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: Help.argument("help.select.budget")) var budget: String
    @Option(parsing: .upToNextOption, help: Help.argument("help.select.require")) var require: [Int64] = []
    @Option(parsing: .upToNextOption, help: Help.argument("help.select.exclude")) var exclude: [Int64] = []
    @Option(name: .customLong("min-area"), parsing: .upToNextOption,
            help: Help.argument("help.select.min_area", valueName: "N=COUNT")) var minimums: [String] = []
    @Option(help: Bounds.frontierSteps.help("help.select.frontier")) var frontier: Int?
    @Option(help: Help.argument("help.select.as_of")) var asOf: String?
    @Flag(help: Help.argument("help.select.include_funded")) var includeFunded = false

    func validate() throws {
        _ = try AreaMinimums.parse(minimums)
    }

    func run() throws {
        let ranking = try ScoringRepository(global.openReadOnly())
            .proposals(asOf: try asOf.map(Day.init(parsing:)) ?? Day.today(), includeFunded: includeFunded)
        // Each project asks for what its grants do not already cover; --include-funded asks the whole request again.
        let items = ranking.projects.map {
            Selector.Item(id: $0.projectID, score: $0.score, request: includeFunded ? $0.request : $0.remaining, area: $0.focusArea)
        }
        let rules = SelectionRules(required: Swift.Set(require), excluded: Swift.Set(exclude), minimumPerArea: try AreaMinimums.parse(minimums))
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
        output.printRecord(SelectionRecord(selection: selection, chosen: chosen, wholeRequests: includeFunded), .selection)
    }
}
