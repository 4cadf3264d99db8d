/// The rules a new plan must meet before it is stored, without SQLite: a
/// period that runs forward, codes that name each part once and say where it
/// stands, and indicators that are whole. A refusal names the line of the part.
///
///     try PlanRules.check(draft, existingNames: ["Strategisk næringsplan for Vefsn kommune 2021–2024"])
enum PlanRules {
    static func check(_ draft: PlanDraft, existingNames: [String]) throws {
        let titleKey = Text.nameKey(draft.title)
        if existingNames.contains(where: { Text.nameKey($0) == titleKey }) {
            throw refusal("plan.file.name_taken", ["name": .text(draft.title)], line: draft.lines["title"])
        }
        guard draft.lastYear >= draft.firstYear else {
            throw refusal("plan.file.period_backwards", ["first": .text("\(draft.firstYear)"), "last": .text("\(draft.lastYear)")],
                          line: draft.lines["last_year"])
        }
        try checkAreas(draft.areas)
        var keys = Set<String>()
        for indicator in draft.indicators + draft.goals.flatMap(\.indicators) {
            try check(indicator)
            guard keys.insert(indicator.key).inserted else {
                throw refusal("plan.file.indicator_twice", ["key": .text(indicator.key)], line: indicator.line)
            }
        }
    }

    private static func checkAreas(_ areas: [PlanDraft.Area]) throws {
        var numbers = Set<Int>(), goalCodes = Set<String>()
        for area in areas {
            guard numbers.insert(area.number).inserted else {
                throw refusal("plan.file.area_twice", ["number": .integer(Int64(area.number))], line: area.line)
            }
            for goal in area.goals {
                guard isGoalCode(goal.code) else {
                    throw refusal("plan.file.goal_code_form", ["code": .text(goal.code)], line: goal.line)
                }
                guard goalCodes.insert(goal.code).inserted else {
                    throw refusal("plan.file.goal_twice", ["code": .text(goal.code)], line: goal.line)
                }
                guard goal.code.hasPrefix("\(area.number).") else {
                    throw refusal("plan.file.goal_outside_area", ["code": .text(goal.code), "area": .integer(Int64(area.number))], line: goal.line)
                }
                try checkStrategies(of: goal)
            }
        }
    }

    private static func checkStrategies(of goal: PlanDraft.GoalDraft) throws {
        var letters = Set<Character>()
        for strategy in goal.strategies {
            let letter = strategy.code.last
            guard strategy.code.count == goal.code.count + 1, strategy.code.hasPrefix(goal.code),
                  let letter, ("a"..."z").contains(letter) else {
                throw refusal("plan.file.strategy_code_form", ["code": .text(strategy.code), "goal": .text(goal.code)], line: strategy.line)
            }
            guard letters.insert(letter).inserted else {
                throw refusal("plan.file.strategy_twice", ["code": .text(strategy.code)], line: strategy.line)
            }
        }
    }

    private static func check(_ indicator: PlanDraft.IndicatorDraft) throws {
        let key = indicator.key
        guard let first = key.unicodeScalars.first, ("a"..."z").contains(first),
              key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else {
            throw refusal("plan.file.indicator_key_form", ["key": .text(key)], line: indicator.line)
        }
        if let baseline = indicator.baseline, let target = indicator.target, target.year < baseline.year {
            throw refusal("plan.file.target_before_baseline", ["key": .text(key)], line: indicator.line)
        }
        var seen = Set<String>()
        for value in indicator.values where !seen.insert("\(value.year) \(value.kind)").inserted {
            throw refusal("plan.file.value_twice", ["key": .text(key), "year": .text("\(value.year)")], line: indicator.line)
        }
    }

    /// `1.1`, `3.12`: a focus area's number, a dot, the goal's number, neither starting with 0.
    static func isGoalCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.first != "0" && part.allSatisfy { $0.isASCII && $0.isNumber }
        }
    }

    private static func refusal(_ key: Message.Key, _ arguments: [String: Message.Argument], line: Int?) -> PortfolioError {
        PortfolioError.refused(Message(key, arguments)).located(line: line)
    }
}
