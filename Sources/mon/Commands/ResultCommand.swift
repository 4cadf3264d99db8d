import ArgumentParser
import Portfolio

/// `mon result`: what projects achieved, recorded against what was estimated.
struct ResultCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "result", abstract: Help.text("help.result.abstract"),
                             discussion: Help.text("help.result.discussion"), subcommands: [Record.self, List.self])
    }

    struct Record: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "record", abstract: Help.text("help.result.record.abstract"),
                                 discussion: Help.text("help.result.record.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.result.record.project", valueName: "project")) var project: Int64
        @Option(help: Help.argument("help.result.record.date")) var date: String
        @Option(help: Bounds.jobs.help("help.result.record.jobs")) var jobs: String
        @Option(help: Help.argument("help.result.record.competence_jobs")) var competenceJobs = "0"
        @Option(help: Help.argument("help.result.record.priority_jobs")) var priorityJobs = "0"
        @Option(help: Bounds.establishments.help("help.result.record.establishments")) var establishments: Int?
        @Option(help: Help.argument("help.result.record.private_capital")) var privateCapital: String?
        @Option(help: Help.argument("help.result.record.other_public")) var otherPublic: String?
        @Flag(help: Help.argument("help.result.record.completed")) var completed = false
        @Option(help: Help.argument("help.result.record.note")) var note: String?

        func run() throws {
            let result = ProjectResult(
                projectID: project, resultOn: try Day(parsing: date),
                directJobs: try DecimalNumber(parsing: jobs, option: "--jobs").value,
                competenceJobs: try DecimalNumber(parsing: competenceJobs, option: "--competence-jobs").value,
                priorityJobs: try DecimalNumber(parsing: priorityJobs, option: "--priority-jobs").value,
                establishments: establishments, privateCapital: try privateCapital.map(Money.init(parsing:)),
                otherPublic: try otherPublic.map(Money.init(parsing:)), completed: completed, note: note)
            output.printID(try ResultRepository(global.open()).record(result))
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.result.list.abstract"),
                                 discussion: Help.text("help.result.list.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.result.list.project", valueName: "project")) var project: Int64

        func run() throws {
            output.print(try ResultRepository(global.openReadOnly()).results(of: project), .recordedResult)
        }
    }
}

/// `mon results`: each project's result beside the estimate its money was granted on, summed per goal and sector.
struct ResultsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "results", abstract: Help.text("help.results.abstract"),
                             discussion: Help.text("help.results.discussion"), subcommands: [Calibrate.self])
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: Help.argument("help.results.goal", valueName: "code")) var goal: String?
    @Option(help: Help.argument("help.results.sector", valueName: "sector")) var sector: String?
    @Option(help: Help.argument("help.results.plan", valueName: "plan")) var plan: Int64?

    func run() throws {
        let filter = ResultRepository.Filter(goal: goal, sector: try sector.map(Sector.init(parsing:)), plan: plan)
        let summary = try ResultRepository(global.openReadOnly()).comparisons(filter)
        output.printTree(summary, .resultSummary, rows: summary.projects, .resultComparison)
    }

    struct Calibrate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "calibrate", abstract: Help.text("help.results.calibrate.abstract"),
                                 discussion: Help.text("help.results.calibrate.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.results.calibrate.seed")) var seed: UInt64 = Calibration.defaultSeed
        @Option(help: Bounds.samples.help("help.results.calibrate.samples")) var samples = Calibration.defaultSamples

        func run() throws {
            try Bounds.samples.check(samples)
            let db = try global.openReadOnly()
            let model = try ScoringRepository(db).model(asOf: Day.today())
            let calibration = Calibration(try ResultRepository(db).comparisons().projects, model: model, seed: seed, samples: samples)
            output.printTree(calibration, .calibration, rows: calibration.sectors, .sectorEvidence,
                             closing: Message("result.model_unchanged"))
        }
    }
}

extension FormatOption {
    /// Prints a result whose first list is its table and whose other lists follow it as titled
    /// tables (a person's formats), or whose JSON is the whole tree; CSV gets the first list only.
    /// A closing sentence, if any, ends what a person reads.
    func printTree<Value, Row>(_ value: Value, _ layout: Layout<Value>, rows: [Row], _ rowLayout: Layout<Row>, closing: Message? = nil) {
        print(value, layout, rows: rows, rowLayout)
        guard format == .table || format == .markdown else { return }
        var out = ""
        for (title, section) in layout.sections(value) where !section.rows.isEmpty {
            let title = title.text(in: language)
            out += "\n" + (format == .markdown ? "### " + Formatter.escapeMarkdown(title) : title.visibleInTerminal + ":") + "\n"
            out += Formatter.render(section, as: format, in: language)
        }
        if let closing { out += "\n" + closing.text(in: language) + "\n" }
        Swift.print(out, terminator: "")
    }
}
