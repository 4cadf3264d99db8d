import Yams

extension PlanFile {
    /// The plan as YAML in the format `read` takes: keys in the order a person
    /// reads them, codes quoted so that no YAML reader takes `1.1` for a number,
    /// long texts on one line each, and nothing left out that the plan holds.
    ///
    ///     let yaml = try PlanFile.yaml(PlanDraft(try PlanRepository(db).outline(planID: 1)))
    public static func yaml(_ draft: PlanDraft) throws -> String {
        let header = "# mon plan: \(draft.title)\n"
        return header + (try Yams.serialize(node: PlanFileWriting.plan(draft), width: -1, allowUnicode: true))
    }
}

/// The YAML tree of a plan, the mirror of `PlanFileReading`.
enum PlanFileWriting {
    static func plan(_ draft: PlanDraft) -> Node {
        mapping([
            ("title", text(draft.title)), ("municipality", text(draft.municipality)),
            ("first_year", integer(draft.firstYear)), ("last_year", integer(draft.lastYear)),
            ("adopted", draft.adopted.map { text($0.iso) }), ("slogan", draft.slogan.map(text)), ("vision", draft.vision.map(text)),
            ("focus_areas", Node.sequence(.init(draft.areas.map(area)))),
            ("indicators", list(draft.indicators.map(indicator))),
        ])
    }

    private static func area(_ area: PlanDraft.Area) -> Node {
        mapping([("number", integer(area.number)), ("title", text(area.title)), ("description", area.description.map(text)),
                 ("goals", list(area.goals.map(goal)))])
    }

    private static func goal(_ goal: PlanDraft.GoalDraft) -> Node {
        mapping([("code", text(goal.code)), ("title", text(goal.title)),
                 ("strategies", list(goal.strategies.map { mapping([("code", text($0.code)), ("text", text($0.text))]) })),
                 ("indicators", list(goal.indicators.map(indicator)))])
    }

    private static func indicator(_ indicator: PlanDraft.IndicatorDraft) -> Node {
        mapping([("key", text(indicator.key)), ("name", text(indicator.name)), ("unit", text(indicator.unit)),
                 ("baseline", indicator.baseline.map(point)), ("target", indicator.target.map(point)),
                 ("values", list(indicator.values.map { value in
                     mapping([("year", integer(value.year)), ("value", number(value.value)),
                              ("kind", text(value.kind)), ("source", text(value.source))])
                 }))])
    }

    private static func point(_ point: Indicator.Point) -> Node {
        mapping([("year", integer(point.year)), ("value", number(point.value))])
    }

    /// A mapping of the pairs whose value is there, in their order.
    private static func mapping(_ pairs: [(String, Node?)]) -> Node {
        .mapping(.init(pairs.compactMap { key, value in value.map { (Node(key), $0) } }))
    }

    /// A list, or nothing when it is empty: an empty list is left out of the file.
    private static func list(_ items: [Node]) -> Node? {
        items.isEmpty ? nil : .sequence(.init(items))
    }

    /// A text, quoted when YAML would read it as something else (`1.1`, `yes`, `null`).
    private static func text(_ text: String) -> Node { .scalar(text.represented()) }

    private static func integer(_ value: Int) -> Node { Node(String(value)) }

    /// `13278` for a whole number, else the shortest form that reads back exactly (`0.25`).
    private static func number(_ value: Double) -> Node {
        Node(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)")
    }
}
