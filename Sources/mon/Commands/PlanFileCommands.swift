import ArgumentParser
import Portfolio

/// `mon plan import`, `export` and `list`: plans beside each other, in and out of YAML.
extension PlanCommand {
    struct Import: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "import", abstract: Help.text("help.plan.import.abstract"),
                                 discussion: Help.text("help.plan.import.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.plan.import.file")) var file: String
        @Option(help: Help.argument("help.plan.import.title")) var title: String?

        func run() throws {
            output.printID(try PlanRepository(global.open()).add(fileAt: file, title: title))
        }
    }

    struct Export: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "export", abstract: Help.text("help.plan.export.abstract"),
                                 discussion: Help.text("help.plan.export.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("help.plan.export.plan")) var plan: Int64?
        @OptionGroup var file: OutputFile

        func run() throws {
            let db = try global.openReadOnly()
            let outline = try PlanRepository(db).outline(planID: plan)
            try file.write(try PlanFile.yaml(PlanDraft(outline)), sparing: db.path)
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.plan.list.abstract"),
                                 discussion: Help.text("help.plan.list.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.plan.as_of")) var asOf: String?

        func run() throws {
            let day = try asOf.map(Day.init(parsing:)) ?? Day.today()
            output.print(try PlanRepository(global.openReadOnly()).standings(on: day), .planStanding)
        }
    }
}

extension PlanRepository {
    /// The plan asked for by id, else the current plan on `day` — with a warning when
    /// no plan covers the day and the newest one's period is over.
    func chosen(_ id: Int64?, on day: Day) throws -> Plan {
        let plan = try self.plan(id: id, on: day)
        if id == nil, plan.isOver(on: day) {
            Mon.warn([Message("plan.period_over", ["name": .text(plan.name), "last": .text("\(plan.lastYear)"), "day": .day(day)])])
        }
        return plan
    }
}
