import Yams

/// The parts of a plan file, read from its YAML tree into a `PlanDraft`: the
/// keys each part has, the shape of each value and its bounds. Which codes and
/// periods make sense together is `PlanRules`' to say.
enum PlanFileReading {
    static let planKeys = ["title", "municipality", "first_year", "last_year", "adopted", "slogan", "vision", "focus_areas", "indicators"]
    static let areaKeys = ["number", "title", "description", "goals"]
    static let goalKeys = ["code", "title", "strategies", "indicators"]
    static let strategyKeys = ["code", "text"]
    static let indicatorKeys = ["key", "name", "unit", "baseline", "target", "values"]
    static let pointKeys = ["year", "value"]
    static let valueKeys = ["year", "value", "kind", "source"]

    static func plan(_ root: Node) throws -> PlanDraft {
        let map = try PlanFileMap(root, allowed: planKeys)
        let areas = try map.list("focus_areas", most: PlanFile.maxAreas, area)
        guard !areas.isEmpty else {
            throw PortfolioError.invalidInput(Message("plan.file.no_areas")).located(line: map.lines["focus_areas"] ?? map.line)
        }
        let goals = areas.reduce(0) { $0 + $1.goals.count }
        guard goals <= PlanFile.maxGoals else {
            throw PortfolioError.invalidInput(Message("plan.file.too_many", ["key": .text("goals"), "most": .integer(Int64(PlanFile.maxGoals))]))
                .located(line: map.lines["focus_areas"])
        }
        return PlanDraft(
            title: try map.name("title", of: "text.what.plan"),
            municipality: try map.name("municipality", of: "text.what.municipality"),
            firstYear: try map.integer("first_year", Bounds.planYear), lastYear: try map.integer("last_year", Bounds.planYear),
            adopted: try map.day("adopted"),
            slogan: try map.freeText("slogan", of: "text.what.slogan"),
            vision: try map.freeText("vision", of: "text.what.vision"),
            areas: areas, indicators: try map.list("indicators", most: PlanFile.maxIndicators, indicator), lines: map.lines)
    }

    private static func area(_ node: Node) throws -> PlanDraft.Area {
        let map = try PlanFileMap(node, allowed: areaKeys)
        return PlanDraft.Area(number: try map.integer("number", Bounds.focusAreaNumber),
                              title: try map.name("title", of: "text.what.focus_area"),
                              description: try map.freeText("description", of: "text.what.description"),
                              goals: try map.list("goals", most: PlanFile.maxGoals, goal), line: map.line)
    }

    private static func goal(_ node: Node) throws -> PlanDraft.GoalDraft {
        let map = try PlanFileMap(node, allowed: goalKeys)
        return PlanDraft.GoalDraft(code: try map.text("code").trimmed, title: try map.name("title", of: "text.what.goal"),
                                   strategies: try map.list("strategies", most: PlanFile.maxStrategies, strategy),
                                   indicators: try map.list("indicators", most: PlanFile.maxIndicators, indicator), line: map.line)
    }

    private static func strategy(_ node: Node) throws -> PlanDraft.StrategyDraft {
        let map = try PlanFileMap(node, allowed: strategyKeys)
        return PlanDraft.StrategyDraft(code: try map.text("code").trimmed, text: try map.name("text", of: "text.what.strategy"),
                                       line: map.line)
    }

    private static func indicator(_ node: Node) throws -> PlanDraft.IndicatorDraft {
        let map = try PlanFileMap(node, allowed: indicatorKeys)
        return PlanDraft.IndicatorDraft(
            key: try map.text("key").trimmed, name: try map.name("name", of: "text.what.indicator"),
            unit: try map.name("unit", of: "text.what.unit"),
            baseline: try point(map, "baseline"), target: try point(map, "target"),
            values: try map.list("values", most: PlanFile.maxValues, value), line: map.line)
    }

    /// A `{year, value}` that may be left out.
    private static func point(_ parent: PlanFileMap, _ key: String) throws -> Indicator.Point? {
        guard parent.lines[key] != nil else { return nil }
        let map = try PlanFileMap(try parent.node(key), allowed: pointKeys)
        return Indicator.Point(year: try map.integer("year", Bounds.planYear), value: try map.number("value", Bounds.indicatorValue))
    }

    private static func value(_ node: Node) throws -> Indicator.Value {
        let map = try PlanFileMap(node, allowed: valueKeys)
        let kind = try map.text("kind")
        guard ["observed", "projected"].contains(kind) else {
            throw PlanFileMap.refusal("plan.file.value_kind", ["kind": .text(kind)], at: try map.node("kind"))
        }
        return Indicator.Value(year: try map.integer("year", Bounds.planYear), value: try map.number("value", Bounds.indicatorValue),
                               kind: kind, source: try map.name("source", of: "text.what.source"))
    }
}
