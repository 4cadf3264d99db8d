import Portfolio

/// The report's section on the plan's indicators: per goal, each indicator's baseline,
/// measured values, latest value, target and standing, with a small chart of its way
/// (a text sparkline in Markdown, an inline SVG line in HTML, the numbers in JSON).
///
///     MarkdownReport.render(report)   // … "## Indikatorer per mål" … from `IndicatorSection.markdown(report)`
enum IndicatorSection {
    /// The indicators grouped as the report shows them: the plan as a whole first, then goal by goal in plan order.
    static func groups(_ report: BoardReport) -> [(title: String, indicators: [Indicator])] {
        let whole = report.indicators.filter { $0.goal == nil }
        let goals = report.areas.flatMap(\.goals).compactMap { goal -> (String, [Indicator])? in
            let own = report.indicators.filter { $0.goal == goal.code }
            return own.isEmpty ? nil : (ReportWords.text("report.indicators.goal", ["code": .text(goal.code), "title": .text(goal.title)]), own)
        }
        return (whole.isEmpty ? [] : [(ReportWords.text("report.indicators.whole_plan"), whole)]) + goals
    }

    // MARK: Markdown

    static func markdown(_ report: BoardReport) -> String {
        var out = "\n## " + ReportWords.text("report.indicators.heading") + "\n\n"
        let groups = groups(report)
        guard !groups.isEmpty else { return out + Formatter.escapeMarkdown(ReportWords.text("report.indicators.none")) + "\n" }
        for group in groups {
            out += "### " + Formatter.escapeMarkdown(group.title) + "\n\n"
            out += Formatter.markdown(Table(columns: columns.map { ReportWords.text($0) }, rows: group.indicators.map(row)), in: ReportWords.language)
            out += "\n"
        }
        return out
    }

    private static let columns = ["report.indicators.column.indicator", "report.indicators.column.unit", "report.indicators.column.baseline",
                                  "report.indicators.column.values", "report.indicators.column.latest", "report.indicators.column.target",
                                  "report.indicators.column.standing", "report.indicators.column.trend"]

    private static func row(_ indicator: Indicator) -> [Cell] {
        [.text(indicator.name), .text(indicator.unit), .text(point(indicator.baseline)), .text(values(indicator)),
         .text(point(indicator.latestPoint)), .text(point(indicator.target)),
         .text(indicator.standing.words.text(in: ReportWords.language)), .text(sparkline(indicator))]
    }

    /// A value with its year, `13 278 (2020)`; empty when the plan gives none.
    static func point(_ point: Indicator.Point?) -> String {
        point.map { "\(number($0.value)) (\($0.year))" } ?? ""
    }

    /// The measured values, `2025: 4; 2026: 7`.
    static func values(_ indicator: Indicator) -> String {
        indicator.values.map { "\($0.year): \(number($0.value))" }.joined(separator: "; ")
    }

    static func number(_ value: Double) -> String { Cell.number(value).display(in: ReportWords.language) }

    /// The measured values as block characters, on a scale that takes in the baseline and the target:
    /// a last block at the top of a rising indicator means the target is reached.
    static func sparkline(_ indicator: Indicator) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        let scale = self.scale(indicator)
        return String(indicator.values.map { value in
            blocks[scale.span == 0 ? 0 : Int(((value.value - scale.low) / scale.span * 7).rounded())]
        })
    }

    /// The lowest and the span of the values, baseline and target together.
    static func scale(_ indicator: Indicator) -> (low: Double, span: Double) {
        let all = indicator.values.map(\.value) + [indicator.baseline?.value, indicator.target?.value].compactMap { $0 }
        let low = all.min() ?? 0
        return (low, (all.max() ?? 0) - low)
    }
}
