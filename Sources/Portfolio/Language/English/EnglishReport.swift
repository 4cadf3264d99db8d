extension Catalogue {
    /// The board report's sentences that depend on a count: one, or several.
    static let englishReport: KeyValuePairs<Message.Key, String> = [
        "report.goal_projects.one": "Goal {goal}: 1 project",
        "report.goal_projects.other": "Goal {goal}: {count} projects",
    ]
}
