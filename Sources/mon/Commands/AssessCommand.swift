import ArgumentParser
import Portfolio

struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Record a new assessment of a project's ringvirkning; prints its id.",
        discussion: """
            Every assessment is kept, dated and signed; the latest one on a day is the one \
            a ranking of that day uses. The method: docs/ringvirkning.md.

            Example:
              mon assess 7 --date 2024-03-01 --direct-jobs 12 --competence-jobs 4 --priority-jobs 5 \\
                  --sector industry --feasibility 4 --attractiveness 3 --green 4 --innovation 3 \\
                  --visibility 2 --collaboration 4 --request "500 000"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "The project's id.") var project: Int64
    @Option(help: "The day it applies from (default: today).") var date: String?
    @Option(help: "New or secured permanent jobs (årsverk), \(Bounds.jobs.span).") var directJobs: String
    @Option(help: "Of those, jobs that need higher education.") var competenceJobs = "0"
    @Option(help: "Of those, jobs for women or young people.") var priorityJobs = "0"
    @Option(help: "industry, knowledge, tourism, primary, creative, services, public or other.") var sector = "other"
    @Option(help: "Realiseringspotensial: how likely it is to happen, 0–5.") var feasibility: Int
    @Option(help: "Bolyst: makes Vefsn a place people want to live, 0–5.") var attractiveness = 0
    @Option(help: "Green shift, UN sustainability goals, 0–5.") var green = 0
    @Option(help: "Innovation, R&D, use of the support system, 0–5.") var innovation = 0
    @Option(help: "Regional and national visibility, 0–5.") var visibility = 0
    @Option(help: "Cooperation across businesses, municipality and region, 0–5.") var collaboration = 0
    @Option(help: "What it needs from the næringsfond, in kroner.") var request = "0"

    func run() throws {
        let assessment = Assessment(
            projectID: project, assessedOn: try date.map(Day.init(parsing:)) ?? Day.today(),
            directJobs: try DecimalNumber(parsing: directJobs, option: "--direct-jobs").value,
            competenceJobs: try DecimalNumber(parsing: competenceJobs, option: "--competence-jobs").value,
            priorityJobs: try DecimalNumber(parsing: priorityJobs, option: "--priority-jobs").value, sector: try Sector(parsing: sector),
            attractiveness: attractiveness, green: green, innovation: innovation, visibility: visibility,
            collaboration: collaboration, feasibility: feasibility, request: try Money(parsing: request))
        output.printID(try ScoringRepository(global.open()).assess(assessment))
    }
}

struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "The weights and sector multipliers of the scoring model.",
        subcommands: [Show.self, Set.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "The model valid on a day: each criterion's weight and each sector's multiplier.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "The day (default: today).") var asOf: String?

        func run() throws {
            let model = try ScoringRepository(global.openReadOnly()).model(asOf: try asOf.map(Day.init(parsing:)) ?? Day.today())
            output.print(model, .model, rows: ModelSetting.settings(model), .modelSetting)
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Change weights: a new version of the model; earlier rankings stay as they were.",
            discussion: """
                Keys: jobs, competence, attractiveness, priority, green, innovation, visibility, collaboration. \
                A weight is \(Bounds.weight.span): weights count relative to each other, so 0 to 100 \
                gives every ratio a board would choose.

                Example:
                  mon weights set jobs=30 green=5
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "KEY=WEIGHT, one or more; a weight is \(Bounds.weight.span).") var changes: [String]
        @Option(help: "The first day the new weights hold: today (the default) or later.") var from: String?

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
