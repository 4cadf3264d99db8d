import Foundation

/// A value from a fixed set of keys (a status, a kind, a role), read from what
/// a person typed: the key itself (`active`), or its word in either language
/// (`aktiv`), in any case.
///
///     let status = try ProjectStatus(parsing: "Aktiv")   // .active
///     status.words.text(in: .bokmal)                      // "aktiv"
public protocol Choice: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// The values' family in the catalogues: `project_status` names `project_status.active` and `project_status.noun`.
    static var catalogueName: String { get }
    /// False for keys that are a machine's names (parameters), which have no words beyond the key.
    static var hasWords: Bool { get }
    /// Other words people use for a value (`kommune` for a public body).
    static var aliases: [String: Self] { get }
}

extension Choice {
    public static var hasWords: Bool { true }
    public static var aliases: [String: Self] { [:] }

    /// What one value is called: "project status", "prosjektstatus".
    public static var noun: Message { Message(Message.Key(rawValue: catalogueName + ".noun")) }

    /// The value in words, in the reader's language; a key without words is its own word.
    public var words: Message {
        Self.hasWords ? Message(Message.Key(rawValue: Self.catalogueName + "." + rawValue)) : Message(untranslated: rawValue)
    }

    /// The value with this key or word; a refusal lists the values in the reader's words.
    public init(parsing text: String) throws {
        // A key as stored: what every row read gives, found without trimming or lowercasing it first.
        if let value = Self(rawValue: text) {
            self = value
            return
        }
        let wanted = text.trimmed.lowercased()
        if let value = Self(rawValue: wanted) ?? Self.aliases[wanted] ?? Self.allCases.first(where: { value in
            Language.allCases.contains { value.words.text(in: $0).lowercased() == wanted }
        }) {
            self = value
            return
        }
        throw PortfolioError.invalidInput(Message("choice.unknown", [
            "text": .text(text), "noun": .message(Self.noun),
            "values": .list(Self.allCases.map { .message($0.words) }),
        ]))
    }
}
