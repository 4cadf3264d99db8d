import Portfolio

/// The indicator section of the HTML report and of its JSON: the template part, its
/// values (every coordinate of the small charts worked out here), and the numbers.
extension IndicatorSection {
    /// The section's part of the page; spliced into `ReportTemplate.html`, escaped by Mustache like the rest.
    static let template = #"""
<section id="indicators">
<h2>{{indicatorWords.heading}}</h2>
{{^indicatorGroups}}<p>{{indicatorWords.none}}</p>{{/indicatorGroups}}
{{#indicatorGroups}}
<h3>{{title}}</h3>
<table>
<thead><tr><th>{{indicatorWords.indicator}}</th><th>{{indicatorWords.unit}}</th><th class="num">{{indicatorWords.baseline}}</th><th>{{indicatorWords.values}}</th><th class="num">{{indicatorWords.latest}}</th><th class="num">{{indicatorWords.target}}</th><th>{{indicatorWords.standing}}</th><th>{{indicatorWords.trend}}</th></tr></thead>
<tbody>
{{#indicators}}
<tr><td>{{name}}</td><td>{{unit}}</td>
<td class="num" data-indicator="{{key}}" data-figure="baseline" data-value="{{baselineValue}}">{{baseline}}</td>
<td>{{values}}</td>
<td class="num" data-indicator="{{key}}" data-figure="latest" data-value="{{latestValue}}">{{latest}}</td>
<td class="num" data-indicator="{{key}}" data-figure="target" data-value="{{targetValue}}">{{target}}</td>
<td data-indicator="{{key}}" data-figure="standing" data-value="{{standingCode}}">{{standing}}</td>
<td>{{#chart}}<svg role="img" viewBox="0 0 160 40" width="160" height="40"><title>{{title}}</title><desc>{{indicatorWords.chart_desc}}</desc>
<polyline points="{{line}}" fill="none" stroke="#1f4e79" stroke-width="2"/>
{{#dots}}<circle cx="{{x}}" cy="{{y}}" r="2.5" fill="#1f4e79"/>{{/dots}}
{{#ring}}<circle cx="{{x}}" cy="{{y}}" r="3" fill="#fff" stroke="#555"/>{{/ring}}
{{#square}}<rect x="{{x}}" y="{{y}}" width="6" height="6" fill="#fff" stroke="#b35900" stroke-width="1.5"/>{{/square}}
</svg>{{/chart}}</td></tr>
{{/indicators}}
</tbody>
</table>
{{/indicatorGroups}}
<p class="note">{{indicatorWords.note}}</p>
</section>

"""#

    /// The values the template part reads.
    static func context(_ report: BoardReport) -> [String: Any] {
        let words = ["heading", "none", "note", "chart_desc"].map { ($0, ReportWords.text("report.indicators." + $0)) }
            + ["indicator", "unit", "baseline", "values", "latest", "target", "standing", "trend"].map {
                ($0, ReportWords.text("report.indicators.column." + $0))
            }
        return [
            "indicatorWords": Dictionary(uniqueKeysWithValues: words),
            "indicatorGroups": groups(report).map { group -> [String: Any] in
                ["title": group.title, "indicators": group.indicators.map(htmlRow)]
            },
        ]
    }

    private static func htmlRow(_ indicator: Indicator) -> [String: Any] {
        let latest = indicator.latestPoint
        var row: [String: Any] = [
            "key": indicator.key, "name": indicator.name, "unit": indicator.unit,
            "baseline": point(indicator.baseline), "baselineValue": indicator.baseline.map { Cell.formatNumber($0.value) } ?? "",
            "values": values(indicator),
            "latest": point(latest), "latestValue": latest.map { Cell.formatNumber($0.value) } ?? "",
            "target": point(indicator.target), "targetValue": indicator.target.map { Cell.formatNumber($0.value) } ?? "",
            "standing": indicator.standing.words.text(in: ReportWords.language), "standingCode": indicator.standing.rawValue,
        ]
        row["chart"] = chart(indicator)
        return row
    }

    /// The indicator's way as a line over the years, its baseline a ring and its target a square; nil with no values.
    /// (The keys are not `baseline` and `target`: Mustache would find the row's own when the chart lacks them.)
    static func chart(_ indicator: Indicator) -> [String: Any]? {
        guard !indicator.values.isEmpty else { return nil }
        let years = indicator.values.map(\.year) + [indicator.baseline?.year, indicator.target?.year].compactMap { $0 }
        let first = years.min()!, span = Double(max(years.max()! - first, 1))
        let scale = scale(indicator)
        func at(_ year: Int, _ value: Double, less offset: Double = 0) -> (x: String, y: String) {
            let height = scale.span == 0 ? 0.5 : (value - scale.low) / scale.span
            return (Charts.format(8 + Double(year - first) / span * 144 - offset), Charts.format(34 - height * 28 - offset))
        }
        let dots = indicator.values.map { at($0.year, $0.value) }
        var chart: [String: Any] = [
            "title": ReportWords.text("report.indicators.chart_title", ["name": .text(indicator.name), "values": .text(values(indicator))]),
            "line": dots.map { "\($0.x),\($0.y)" }.joined(separator: " "), "dots": dots.map { ["x": $0.x, "y": $0.y] },
        ]
        if let baseline = indicator.baseline {
            let ring = at(baseline.year, baseline.value)
            chart["ring"] = ["x": ring.x, "y": ring.y]
        }
        if let target = indicator.target {
            // The square's corner, so that the 6-wide square stands centred on the target.
            let corner = at(target.year, target.value, less: 3)
            chart["square"] = ["x": corner.x, "y": corner.y]
        }
        return chart
    }

    /// The section in the report's JSON: per indicator its numbers, the values measured up to the report's year.
    static func json(_ report: BoardReport) -> JSON {
        .array(report.indicators.map { indicator in
            .object([
                ("key", .string(indicator.key)), ("goal", indicator.goal.map(JSON.string) ?? .null), ("name", .string(indicator.name)),
                ("unit", .string(indicator.unit)), ("baseline", pointJSON(indicator.baseline)),
                ("values", .array(indicator.values.map { .object([("year", .integer($0.year)), ("value", .double($0.value))]) })),
                ("latest", pointJSON(indicator.latestPoint)),
                ("target", pointJSON(indicator.target)), ("standing", .string(indicator.standing.rawValue)),
            ])
        })
    }

    private static func pointJSON(_ point: Indicator.Point?) -> JSON {
        point.map { .object([("year", .integer($0.year)), ("value", .double($0.value))]) } ?? .null
    }
}
