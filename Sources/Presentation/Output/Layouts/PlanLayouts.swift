import Portfolio

/// The plan as a tree, for JSON: focus areas → goals → strategies, and its indicators.
extension Layout where Value == PlanOutline {
    public static var planTree: Layout {
        Layout([
            Column("id") { .integer($0.plan.id) }, Column("name") { .text($0.plan.name) },
            Column("municipality") { .text($0.plan.municipality) }, Column("first_year") { .count($0.plan.firstYear) },
            Column("last_year") { .count($0.plan.lastYear) }, Column("adopted") { $0.plan.adoptedOn.map(Cell.day) ?? .null },
        ], parts: [
            .list("focus_areas", Layout<FocusArea>.focusArea) { $0.focusAreas },
            .list("indicators", Layout<Indicator>.indicator) { $0.indicators },
        ])
    }
}

/// A plan among the others (`plan list`): its period, whether it is current and whether it is over.
extension Layout where Value == PlanStanding {
    public static var planStanding: Layout {
        Layout([
            Column("id") { .integer($0.plan.id) }, Column("name") { .text($0.plan.name) },
            Column("period") { .text($0.plan.period) }, Column("first_year") { .count($0.plan.firstYear) },
            Column("last_year") { .count($0.plan.lastYear) }, Column("adopted") { $0.plan.adoptedOn.map(Cell.day) ?? .null },
            Column("current") { .bool($0.isCurrent) }, Column("over") { .bool($0.isOver) },
        ])
    }
}

extension Layout where Value == FocusArea {
    static var focusArea: Layout {
        Layout([Column("number") { .count($0.number) }, Column("title") { .text($0.title) }, Column("description") { .optional($0.description) }],
               parts: [.list("goals", Layout<Goal>.planGoal) { $0.goals }])
    }
}

extension Layout where Value == Goal {
    static var planGoal: Layout {
        Layout([Column("code") { .text($0.code) }, Column("title") { .text($0.title) }, Column("projects") { .count($0.projectCount) }],
               parts: [.list("strategies", Layout<Strategy>.planStrategy) { $0.strategies }])
    }
}

extension Layout where Value == Strategy {
    static var planStrategy: Layout {
        Layout([Column("code") { .text($0.code) }, Column("text") { .text($0.text) }, Column("projects") { .count($0.projectCount) }])
    }
}

extension Layout where Value == Indicator {
    static var indicator: Layout {
        Layout([Column("key") { .text($0.key) }, Column("name") { .text($0.name) }, Column("unit") { .text($0.unit) },
                Column("goal") { $0.goal.map(Cell.text) ?? .null },
                Column("baseline") { $0.baseline.map { .number($0.value) } ?? .null },
                Column("baseline_year") { $0.baseline.map { .count($0.year) } ?? .null },
                Column("target") { $0.target.map { .number($0.value) } ?? .null },
                Column("target_year") { $0.target.map { .count($0.year) } ?? .null }],
               parts: [.list("values", Layout<Indicator.Value>.indicatorValue) { $0.values }])
    }
}

extension Layout where Value == Indicator.Value {
    static var indicatorValue: Layout {
        Layout([
            Column("year") { .count($0.year) }, Column("value") { .number($0.value) }, Column("kind") { .word($0.kind) },
            Column("source") { .text($0.source) },
        ])
    }
}

/// One line of the plan's outline: a focus area, a goal or a strategy, with how
/// many projects serve it — the plan as a table shows it.
public struct OutlineLine {
    let code: String
    let level: String
    let text: String
    let projects: Int?

    public static func lines(_ outline: PlanOutline) -> [OutlineLine] {
        outline.focusAreas.flatMap { area in
            [OutlineLine(code: String(area.number), level: "focus area", text: area.title, projects: nil)]
                + area.goals.flatMap { goal in
                    [OutlineLine(code: goal.code, level: "goal", text: goal.title, projects: goal.projectCount)]
                        + goal.strategies.map { OutlineLine(code: $0.code, level: "strategy", text: $0.text, projects: $0.projectCount) }
                }
        }
    }
}

extension Layout where Value == OutlineLine {
    public static var outlineLine: Layout {
        Layout([
            Column("code") { .text($0.code) }, Column("level") { .word($0.level) }, Column("text") { .text($0.text) },
            Column("projects") { $0.projects.map(Cell.count) ?? .null },
        ])
    }
}

extension Layout where Value == UncoveredItem {
    /// A goal or strategy no planned or active project serves.
    public static var uncovered: Layout {
        Layout([Column("code") { .text($0.code) }, Column("level") { .word($0.level) }, Column("text") { .text($0.text) }])
    }
}
