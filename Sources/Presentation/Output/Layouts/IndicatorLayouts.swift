import Portfolio

extension Layout where Value == Indicator {
    /// An indicator against its target: in a table its measured values as `2025: 4; 2026: 7`,
    /// in JSON as a list of `{year, value, kind, source}`; `standing` is `met`, `on_track`, `behind` or `unknown`.
    public static var indicatorStanding: Layout {
        Layout([
            Column("key") { .text($0.key) }, Column("goal") { .optional($0.goal) },
            Column("name") { .text($0.name) }, Column("unit") { .text($0.unit) },
            Column("baseline") { $0.baseline.map { .number($0.value) } ?? .null },
            Column("baseline_year") { $0.baseline.map { .count($0.year) } ?? .null },
            // Programs read the values with a decimal point whatever the reader's language; a person, in it.
            Column("values") { indicator in
                func values(_ language: Language) -> String {
                    indicator.observed.map { "\($0.year): \(Cell.number($0.value).display(in: language))" }.joined(separator: "; ")
                }
                return .code(values(.english), label: Message(untranslated: values(.current)))
            },
            Column("latest") { $0.latestPoint.map { .number($0.value) } ?? .null },
            Column("latest_year") { $0.latestPoint.map { .count($0.year) } ?? .null },
            Column("target") { $0.target.map { .number($0.value) } ?? .null },
            Column("target_year") { $0.target.map { .count($0.year) } ?? .null },
            Column("standing") { .choice($0.standing) },
        ], parts: [
            Part("values", after: "values", json: { Layout<Indicator.Value>.indicatorValue.json($0.observed) }),
        ])
    }
}
