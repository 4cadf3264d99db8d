/// How a command prints its data: `--format table|json|csv|markdown`.
///
///     Formatter.render(table, as: .csv, in: .english)
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv, markdown
}
