import Portfolio

extension Cell {
    /// A moment mon registered: for programs as stored (or as `code` says), for a
    /// person in Europe/Oslo time, written the reader's way (`27.11.2026 14:36:40`).
    static func moment(_ utc: String, code: String? = nil) -> Cell {
        .code(code ?? utc, label: Message(untranslated: Moment.readable(utc, in: .current)))
    }
}
