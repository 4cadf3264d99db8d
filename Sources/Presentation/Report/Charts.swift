import Foundation
import Portfolio

/// The report's charts as plain values for the template: every coordinate
/// worked out here, every text escaped by the template. Meaning never rests on
/// colour alone: focus areas have their own shapes, fund figures their own
/// patterns, and every mark has a label or a title.
enum Charts {
    static let width = 640.0
    static let height = 360.0
    static let left = 80.0, right = 40.0, top = 20.0, bottom = 50.0

    /// Score against request, one mark per assessed project: circle, square or triangle for focus area 1, 2 or 3.
    static func scoreAgainstRequest(_ projects: [RankedProject]) -> [String: Any] {
        let maxRequest = niceCeiling(projects.map { Double($0.request.ore) / 100 }.max() ?? 0)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ kroner: Double) -> Double { left + (maxRequest == 0 ? 0 : kroner / maxRequest * plotWidth) }
        func y(_ score: Double) -> Double { top + plotHeight - score / 100 * plotHeight }
        let points: [[String: Any]] = projects.map { project in
            let px = x(Double(project.request.ore) / 100), py = y(project.score)
            let area = project.focusArea ?? 0
            return [
                "x": format(px), "y": format(py), "labelX": format(px + 7), "labelY": format(py - 6), "label": "\(project.rank)",
                "title": "\(project.rank). \(project.name): \(ReportWords.decimal(project.score, places: 2)) poeng, søknad \(project.request)",
                "circle": area == 1, "square": area == 2, "triangle": area == 3, "other": area == 0,
                "squareX": format(px - 5), "squareY": format(py - 5),
                "trianglePoints": "\(format(px)),\(format(py - 6)) \(format(px - 6)),\(format(py + 5)) \(format(px + 6)),\(format(py + 5))",
            ]
        }
        return [
            "points": points,
            "xTicks": (0...4).map { step -> [String: Any] in
                let value = maxRequest * Double(step) / 4
                return ["x": format(x(value)), "label": axisKroner(value)]
            },
            "yTicks": stride(from: 0, through: 100, by: 20).map { value -> [String: Any] in
                ["y": format(y(Double(value))), "label": "\(value)"]
            },
            "axisY": format(top + plotHeight), "axisRight": format(width - right), "left": format(left), "top": format(top),
        ]
    }

    /// The funds per year: the year's allocated, granted and paid (flows) and the
    /// available at its end (a position) side by side, each with its own pattern.
    static func fundPerYear(_ statuses: [FundYear]) -> [String: Any] {
        let figures: [(String, String, (FundYear) -> Money)] = [
            (ReportWords.text("report.column.flow.allocated"), "allocated", \.allocated),
            (ReportWords.text("report.column.flow.granted"), "granted", \.granted),
            (ReportWords.text("report.column.flow.paid"), "paid", \.paid),
            (ReportWords.text("report.column.position.available_end"), "available", \.availableEnd),
        ]
        let maxValue = niceCeiling(statuses.flatMap { status in figures.map { Double($0.2(status).ore) / 100 } }.max() ?? 0)
        let plotHeight = height - top - bottom
        let groupWidth = (width - left - right) / Double(max(statuses.count, 1))
        let barWidth = groupWidth * 0.8 / Double(figures.count)
        let years: [[String: Any]] = statuses.enumerated().map { index, status in
            let groupLeft = left + Double(index) * groupWidth + groupWidth * 0.1
            return [
                "label": "\(status.year)",
                "labelX": format(groupLeft + groupWidth * 0.4),
                "bars": figures.enumerated().map { offset, figure -> [String: Any] in
                    let value = Double(figure.2(status).ore) / 100
                    let barHeight = maxValue == 0 ? 0 : max(0, value) / maxValue * plotHeight
                    return ["x": format(groupLeft + Double(offset) * barWidth), "y": format(top + plotHeight - barHeight),
                            "width": format(barWidth - 2), "height": format(barHeight), "pattern": figure.1,
                            "title": "\(status.year): \(figure.0.lowercased()) \(figure.2(status))"]
                },
            ]
        }
        return [
            "years": years,
            "legend": figures.enumerated().map { index, figure -> [String: Any] in
                // Two legends to a row: the labels are long.
                let x = left + Double(index % 2) * 280, y = height - 30 + Double(index / 2) * 15
                return ["label": figure.0, "pattern": figure.1, "x": format(x), "textX": format(x + 18),
                        "y": format(y), "textY": format(y + 10)]
            },
            "yTicks": (0...4).map { step -> [String: Any] in
                let value = maxValue * Double(step) / 4
                return ["y": format(top + plotHeight - value / max(maxValue, 1) * plotHeight), "label": axisKroner(value)]
            },
            "axisY": format(top + plotHeight), "axisRight": format(width - right), "left": format(left), "top": format(top),
        ]
    }

    /// Projects serving each goal, as bars with their count written beside them.
    static func projectsPerGoal(_ areas: [BoardReport.AreaResult]) -> [String: Any] {
        let goals = areas.flatMap(\.goals)
        let rowHeight = 18.0
        let maxCount = max(goals.map(\.projectCount).max() ?? 0, 1)
        let plotWidth = width - 60 - 60
        return [
            "height": format(Double(goals.count) * rowHeight + 10),
            "rows": goals.enumerated().map { index, goal -> [String: Any] in
                let barWidth = Double(goal.projectCount) / Double(maxCount) * plotWidth
                return ["code": goal.code, "y": format(Double(index) * rowHeight + 5), "textY": format(Double(index) * rowHeight + 18),
                        "width": format(barWidth), "countX": format(60 + barWidth + 6), "count": "\(goal.projectCount)",
                        "title": ReportWords.goalProjects(goal.code, count: goal.projectCount)]
            },
        ]
    }

    /// A round number at or above `value` for an axis: 1, 2 or 5 times a power of ten.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0 else { return 0 }
        let power = pow(10, floor(log10(value)))
        for step in [1.0, 2, 5, 10] where step * power >= value { return step * power }
        return 10 * power
    }

    static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// An axis label short enough to fit: `500 000 kr`, `2 mill. kr`, `2,5 mill. kr`.
    static func axisKroner(_ kroner: Double) -> String {
        guard kroner >= 1_000_000 else { return Money(ore: Int64(kroner * 100)).description }
        let millions = kroner / 1_000_000
        return ReportWords.decimal(millions, places: millions == millions.rounded() ? 0 : 1) + " mill. kr"
    }
}
