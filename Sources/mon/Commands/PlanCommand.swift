import ArgumentParser
import Portfolio

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The strategic business plan: focus areas, goals and strategies.",
        subcommands: [Show.self, Coverage.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show the plan with how many projects serve each goal and strategy.",
            discussion: """
                Examples:
                  mon plan show
                  mon plan show --format json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        @Option(help: "The plan's id (default: the newest plan).")
        var plan: Int64?

        func run() throws {
            let outline = try PlanRepository(global.open()).outline(planID: plan)
            var table = Table(columns: ["code", "level", "text", "projects"])
            for area in outline.focusAreas {
                table.rows.append([.text(String(area.number)), .text("focus area"), .text(area.title), .null])
                for goal in area.goals {
                    table.rows.append([.text(goal.code), .text("goal"), .text(goal.title), .count(goal.projectCount)])
                    for strategy in goal.strategies {
                        table.rows.append([.text(strategy.code), .text("strategy"), .text(strategy.text),
                                           .count(strategy.projectCount)])
                    }
                }
            }
            output.print(table, json: Self.json(outline))
        }

        static func json(_ outline: PlanOutline) -> JSON {
            let plan = outline.plan
            return .object([
                ("id", .integer(plan.id)),
                ("name", .string(plan.name)),
                ("municipality", .string(plan.municipality)),
                ("first_year", .integer(plan.firstYear)),
                ("last_year", .integer(plan.lastYear)),
                ("focus_areas", .array(outline.focusAreas.map { area in
                    .object([
                        ("number", .integer(area.number)),
                        ("title", .string(area.title)),
                        ("description", area.description.map(JSON.string) ?? .null),
                        ("goals", .array(area.goals.map { goal in
                            .object([
                                ("code", .string(goal.code)),
                                ("title", .string(goal.title)),
                                ("projects", .integer(goal.projectCount)),
                                ("strategies", .array(goal.strategies.map { strategy in
                                    .object([
                                        ("code", .string(strategy.code)),
                                        ("text", .string(strategy.text)),
                                        ("projects", .integer(strategy.projectCount)),
                                    ])
                                })),
                            ])
                        })),
                    ])
                })),
                ("indicators", .array(outline.indicators.map { indicator in
                    .object([
                        ("key", .string(indicator.key)),
                        ("name", .string(indicator.name)),
                        ("unit", .string(indicator.unit)),
                        ("values", .array(indicator.values.map { value in
                            .object([
                                ("year", .integer(value.year)),
                                ("value", .double(value.value)),
                                ("kind", .string(value.kind)),
                                ("source", .string(value.source)),
                            ])
                        })),
                    ])
                })),
            ])
        }
    }

    struct Coverage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "coverage",
            abstract: "Goals and strategies of the plan that no planned or active project serves.",
            discussion: """
                Example:
                  mon plan coverage --format markdown
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            let items = try ProjectRepository(global.open()).coverage()
            output.print(Table(columns: ["code", "level", "text"], rows: items.map {
                [.text($0.code), .text($0.level), .text($0.text)]
            }))
        }
    }
}
