import ArgumentParser
import Portfolio

extension RoundCommand {
    struct Select: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "select", abstract: Help.text("help.round.select.abstract"), discussion: Help.text("help.round.select.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.round.ref")) var round: String
        @Option(help: Help.argument("help.round.select.date")) var date: String?
        @Option(parsing: .upToNextOption, help: Help.argument("help.round.select.require")) var require: [Int64] = []
        @Option(parsing: .upToNextOption, help: Help.argument("help.round.select.exclude")) var exclude: [Int64] = []
        @Option(name: .customLong("min-area"), parsing: .upToNextOption,
                help: Help.argument("help.round.select.min_area", valueName: "N=COUNT")) var minimums: [String] = []
        @Option(help: Bounds.frontierSteps.help("help.round.select.frontier")) var frontier: Int?

        func run() throws {
            let rounds = RoundRepository(try global.openReadOnly())
            let day = try date.map(Day.init(parsing:)) ?? Day.today()
            let rules = SelectionRules(required: Swift.Set(require), excluded: Swift.Set(exclude),
                                       minimumPerArea: try AreaMinimums.parse(minimums))
            if let frontier {
                let (budget, steps) = try rounds.frontier(round, on: day, steps: frontier, rules: rules)
                output.print(zip(1...frontier, steps).map { step, selection in
                    FrontierStep(budget: Money(ore: budget.ore * Int64(step) / Int64(frontier)), selection: selection)
                }, .frontierStep)
                return
            }
            output.printRecord(try rounds.selection(round, on: day, rules: rules), .roundSelection)
        }
    }

    struct Decide: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "decide", abstract: Help.text("help.round.decide.abstract"), discussion: Help.text("help.round.decide.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.round.ref")) var round: String
        @Option(help: Help.argument("help.round.decide.date")) var date: String
        @Option(help: Help.argument("help.round.decide.decided_by")) var decidedBy: String
        @Option(name: .customLong("case"), help: Help.argument("help.round.decide.case")) var caseReference: String?
        @Option(help: Help.argument("help.round.decide.reason")) var reason: String?
        @Option(parsing: .upToNextOption, help: Help.argument("help.round.decide.approve")) var approve: [Int64] = []

        func run() throws {
            let outcome = try RoundRepository(global.open()).decide(
                round, on: try Day(parsing: date), approving: approve.isEmpty ? nil : approve,
                record: DecisionRecord(decidedBy: decidedBy, caseReference: caseReference, reason: reason))
            output.printRecord(outcome, .roundOutcome)
            Mon.warn(outcome.warnings)
        }
    }
}

/// `--min-area N=COUNT …`: the least number chosen in each focus area.
enum AreaMinimums {
    static func parse(_ minimums: [String]) throws -> [Int: Int] {
        var perArea: [Int: Int] = [:]
        for minimum in minimums {
            let parts = minimum.split(separator: "=")
            guard parts.count == 2, let area = Int(parts[0]), let count = Int(parts[1]), count >= 0 else {
                throw ValidationError(Message("cli.min_area_form", ["text": .text(minimum)]).description)
            }
            perArea[area] = count
        }
        return perArea
    }
}
