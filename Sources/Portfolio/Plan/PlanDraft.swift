/// A plan as a file gives it, before it is stored: every part with the line
/// it stands on, so that a refusal can name it. `PlanFile` reads one from YAML
/// and writes one from a stored plan; `PlanRepository.add` checks and stores it.
///
///     var draft = try PlanFile.read(path: "plan-2025.yaml")
///     let id = try PlanRepository(db).add(draft)
public struct PlanDraft: Equatable, Sendable {
    public struct Area: Equatable, Sendable {
        public var number: Int
        public var title: String
        public var description: String?
        public var goals: [GoalDraft]
        public var line: Int?
    }

    public struct GoalDraft: Equatable, Sendable {
        public var code: String
        public var title: String
        public var strategies: [StrategyDraft]
        public var indicators: [IndicatorDraft]
        public var line: Int?
    }

    public struct StrategyDraft: Equatable, Sendable {
        /// The whole code, `1.1a`: the goal's code and one letter.
        public var code: String
        public var text: String
        public var line: Int?
    }

    public struct IndicatorDraft: Equatable, Sendable {
        public var key: String
        public var name: String
        public var unit: String
        public var baseline: Indicator.Point?
        public var target: Indicator.Point?
        public var values: [Indicator.Value]
        public var line: Int?
    }

    public var title: String
    public var municipality: String
    public var firstYear: Int
    public var lastYear: Int
    public var adopted: Day?
    public var slogan: String?
    public var vision: String?
    public var areas: [Area]
    /// Indicators of the plan as a whole; a goal's own stand under it.
    public var indicators: [IndicatorDraft]
    /// Where each top-level key stands, for a refusal about the plan itself (`title`, `last_year`).
    public var lines: [String: Int] = [:]

    public var goals: [GoalDraft] { areas.flatMap(\.goals) }
    public var strategies: [StrategyDraft] { goals.flatMap(\.strategies) }
}

extension PlanDraft {
    /// The draft of a stored plan, as export writes it: its texts, codes and indicators, without lines.
    public init(_ outline: PlanOutline) {
        let plan = outline.plan
        let byGoal = Dictionary(grouping: outline.indicators.filter { $0.goal != nil }, by: { $0.goal! })
        self.init(
            title: plan.name, municipality: plan.municipality, firstYear: plan.firstYear, lastYear: plan.lastYear,
            adopted: plan.adoptedOn, slogan: plan.slogan, vision: plan.vision,
            areas: outline.focusAreas.map { area in
                Area(number: area.number, title: area.title, description: area.description, goals: area.goals.map { goal in
                    GoalDraft(code: goal.code, title: goal.title,
                              strategies: goal.strategies.map { StrategyDraft(code: $0.code, text: $0.text) },
                              indicators: (byGoal[goal.code] ?? []).map(IndicatorDraft.init))
                })
            },
            indicators: outline.indicators.filter { $0.goal == nil }.map(IndicatorDraft.init))
    }
}

extension PlanDraft.IndicatorDraft {
    init(_ indicator: Indicator) {
        self.init(key: indicator.key, name: indicator.name, unit: indicator.unit,
                  baseline: indicator.baseline, target: indicator.target, values: indicator.values)
    }
}
