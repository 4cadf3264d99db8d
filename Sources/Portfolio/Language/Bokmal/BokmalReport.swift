extension Catalogue {
    /// The board report's sentences that depend on a count: one, or several.
    static let bokmalReport: KeyValuePairs<Message.Key, String> = [
        "report.goal_projects.one": "Mål {goal}: 1 prosjekt",
        "report.goal_projects.other": "Mål {goal}: {count} prosjekter",
    ]
}
