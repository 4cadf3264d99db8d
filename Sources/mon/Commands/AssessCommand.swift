import ArgumentParser
import Portfolio

struct AssessCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "assess",
        abstract: Help.text("help.assess.abstract"),
        discussion: Help.text("help.assess.discussion")
    ) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: Help.argument("help.assess.project")) var project: Int64?
    @Option(help: Help.argument("help.assess.grant")) var grant: Int64?
    @Option(help: Help.argument("help.assess.date")) var date: String?
    @Option(help: Bounds.jobs.help("help.assess.direct_jobs")) var directJobs: String
    @Option(help: Help.argument("help.assess.competence_jobs")) var competenceJobs = "0"
    @Option(help: Help.argument("help.assess.priority_jobs")) var priorityJobs = "0"
    @Option(help: Help.argument("help.assess.sector")) var sector = "other"
    @Option(help: Help.argument("help.assess.feasibility")) var feasibility: Int
    @Option(help: Help.argument("help.assess.attractiveness")) var attractiveness = 0
    @Option(help: Help.argument("help.assess.green")) var green = 0
    @Option(help: Help.argument("help.assess.innovation")) var innovation = 0
    @Option(help: Help.argument("help.assess.visibility")) var visibility = 0
    @Option(help: Help.argument("help.assess.collaboration")) var collaboration = 0
    @Option(help: Help.argument("help.assess.request")) var request = "0"

    func validate() throws {
        guard (project == nil) != (grant == nil) else { throw ValidationError(Message("cli.assess_one_subject").description) }
    }

    func run() throws {
        let assessment = Assessment(
            grant.map(AssessedSubject.grant) ?? .project(project ?? 0), assessedOn: try date.map(Day.init(parsing:)) ?? Day.today(),
            directJobs: try DecimalNumber(parsing: directJobs, option: "--direct-jobs").value,
            competenceJobs: try DecimalNumber(parsing: competenceJobs, option: "--competence-jobs").value,
            priorityJobs: try DecimalNumber(parsing: priorityJobs, option: "--priority-jobs").value, sector: try Sector(parsing: sector),
            attractiveness: attractiveness, green: green, innovation: innovation, visibility: visibility,
            collaboration: collaboration, feasibility: feasibility, request: try Money(parsing: request))
        output.printID(try ScoringRepository(global.open()).assess(assessment))
    }
}

struct WeightsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "weights",
        abstract: Help.text("help.weights.abstract"),
        subcommands: [Show.self, Set.self]
    ) }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "show",
            abstract: Help.text("help.weights.show.abstract")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.weights.show.as_of")) var asOf: String?

        func run() throws {
            let model = try ScoringRepository(global.openReadOnly()).model(asOf: try asOf.map(Day.init(parsing:)) ?? Day.today())
            output.print(model, .model, rows: ModelSetting.settings(model), .modelSetting)
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "set",
            abstract: Help.text("help.weights.set.abstract"),
            discussion: Message("help.weights.set.discussion", Bounds.weight.helpLimits).description
        ) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Bounds.weight.help("help.weights.set.changes")) var changes: [String]
        @Option(help: Help.argument("help.weights.set.from")) var from: String?

        func validate() throws {
            for change in changes where change.split(separator: "=").count != 2 {
                throw ValidationError(Message("cli.weight_form", ["text": .text(change)]).description)
            }
        }

        func run() throws {
            var weights: [Criterion: Double] = [:]
            for change in changes {
                let parts = change.split(separator: "=").map(String.init)
                weights[try Criterion(parsing: parts[0])] = try DecimalNumber(parsing: parts[1], option: parts[0]).value
            }
            output.printID(try ScoringRepository(global.open()).changeModel(weights: weights, from: try from.map(Day.init(parsing:))))
        }
    }
}
