import Foundation

/// A change in history as a person says it: the table as a noun ("Payment added"), each field by its name
/// ("Amount approved: 400 000 kr → 350 000 kr"), values written the reader's way (kroner, dates, statuses, yes
/// or no), never the stored names. What has no words yet (a column a later migration adds) keeps its stored name.
///
///     HistoryWords.event(entry).text(in: .bokmal)     // "Tilsagn endret"
///     HistoryWords.changes(entry).text(in: .english)  // "Status: applied → approved; Approved on: 01.06.2024"
public enum HistoryWords {
    /// What happened to which kind of thing.
    public static func event(_ entry: HistoryEntry) -> Message {
        let action = ["insert", "update", "delete"].contains(entry.action) ? entry.action : "update"
        return Message(Message.Key(rawValue: "history.event." + action), ["table": .message(table(entry.table))])
    }

    /// Each field the change set, altered or cleared, with its value before and after.
    public static func changes(_ entry: HistoryEntry) -> Message {
        Message("history.changes", ["changes": .sentences(entry.changes.map { change in
            let field = Message.Argument.message(self.field(change.field))
            let value = { (text: String) in self.value(text, field: change.field, table: entry.table) }
            return switch (change.old, change.new) {
            case (nil, let new?): Message("history.change.set", ["field": field, "value": value(new)])
            case (let old?, nil): Message("history.change.cleared", ["field": field, "old": value(old)])
            default: Message("history.change.altered", ["field": field, "old": value(change.old ?? ""), "new": value(change.new ?? "")])
            }
        })])
    }

    /// A table as a noun: "Grant", "Tilsagn".
    static func table(_ name: String) -> Message {
        known("history.table." + name) ?? Message(untranslated: name)
    }

    /// A column as a person calls it: "Amount approved", "Innvilget beløp".
    static func field(_ name: String) -> Message {
        known("history.field." + name) ?? Message(untranslated: name)
    }

    /// A stored value as the reader writes it, by what its column holds.
    static func value(_ text: String, field: String, table: String) -> Message.Argument {
        if field.hasSuffix("_ore"), let ore = Int64(text) { return .money(Money(ore: ore)) }
        if field.hasSuffix("_bp"), let basisPoints = Int64(text) { return .percent(Decimal(basisPoints) / 10_000) }
        if field.hasPrefix("is_") { return .message(Message(text == "0" ? "cell.no" : "cell.yes")) }
        if field.hasSuffix("_at") { return .moment(text) }
        if field.hasSuffix("_on") || field.hasSuffix("_date") || ["deadline", "report_due"].contains(field),
           let day = try? Day(parsing: text) { return .day(day) }
        let word: Message? = switch (table, field) {
        case ("grant", "status"): GrantStatus(rawValue: text)?.words
        case ("project", "status"): ProjectStatus(rawValue: text)?.words
        case (_, "basis"): AidBasis(rawValue: text)?.words
        case (_, "role"): PartnerRole(rawValue: text)?.words
        case (_, "decision"), (_, "kind"): known("label." + text)
        default: nil
        }
        return word.map(Message.Argument.message) ?? decimal(text) ?? .text(text)
    }

    /// A real number as SQLite stores it (`11.52`, a euro rate), written the reader's way (`11,52`) with its own places.
    private static func decimal(_ text: String) -> Message.Argument? {
        func digits(_ part: Substring) -> Bool { !part.isEmpty && part.allSatisfy { $0 >= "0" && $0 <= "9" } }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, digits(parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]), digits(parts[1]),
              let value = Double(text) else { return nil }
        return .decimal(value, places: parts[1].count)
    }

    private static func known(_ key: String) -> Message? {
        let key = Message.Key(rawValue: key)
        return Catalogue.entries(.english)[key] == nil ? nil : Message(key)
    }
}
