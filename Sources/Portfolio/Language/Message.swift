import Foundation

/// A sentence a person reads, kept as a key into the catalogues and its
/// arguments, so that it is written out whole in the reader's language: never
/// pieced together from translated fragments.
///
///     let message = Message(.fundCannotCover, ["fund": .text("Kommunalt næringsfond"),
///                                              "available": .money(available), "day": .day(day), "amount": .money(amount)])
///     message.text(in: .bokmal)   // "Kommunalt næringsfond har 600 000 kr disponibelt 01.06.2024: …"
public struct Message: Equatable, Sendable, CustomStringConvertible {
    /// A catalogue entry's name, the same in every language.
    public struct Key: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public init(stringLiteral value: String) { self.rawValue = value }
    }

    /// A value placed in a sentence, written the reader's way.
    public enum Argument: Equatable, Sendable {
        case text(String)
        case money(Money)
        case euro(Euro)
        case day(Day)
        /// A moment mon registered, UTC ISO as stored: written in Europe/Oslo time the reader's way.
        case moment(String)
        case integer(Int64)
        case decimal(Double, places: Int)
        case percent(Decimal)
        /// Another message, in the same language: a status word, a reason.
        case message(Message)
        /// Values written one after another, separated by commas.
        case list([Argument])
        /// Whole sentences one after another, separated by semicolons: the findings of a check.
        case sentences([Message])
    }

    public let key: Key
    public let arguments: [String: Argument]
    /// Text not yet in the catalogues, shown as it is in every language.
    private let untranslated: String?

    public init(_ key: Key, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
        self.untranslated = nil
    }

    /// The entry for one or for several, `<entry>.one` or `<entry>.other`, with the count as `{count}`:
    ///
    ///     Message(counting: 4, "doctor.ledger.days")   // "4 fund days"; 1 gives "1 fund day"
    public init(counting count: Int64, _ entry: String, _ arguments: [String: Argument] = [:]) {
        self.init(Key(rawValue: entry + (count == 1 ? ".one" : ".other")), arguments.merging(["count": .integer(count)]) { $1 })
    }

    /// A sentence that has no entry in the catalogues yet.
    public init(untranslated text: String) {
        self.key = Key(rawValue: text)
        self.arguments = [:]
        self.untranslated = text
    }

    /// The sentence in `language`, each `{name}` replaced by its argument. A
    /// missing entry (a test forbids it) falls back to English, then to the key.
    public func text(in language: Language) -> String {
        if let untranslated { return untranslated }
        let template = Catalogue.entries(language)[key] ?? Catalogue.entries(.english)[key] ?? key.rawValue
        // Without arguments every `{name}` stays as written, so the template is the text: help pages,
        // read for every command at start-up, need no walk through their characters.
        guard !arguments.isEmpty else { return template }
        // The braces are found among the bytes: walking a long sentence by its characters costs far more.
        let bytes = template.utf8
        var out = ""
        var rest = bytes.startIndex
        while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            out += template[rest..<open]
            let name = String(template[bytes.index(after: open)..<close])
            out += arguments[name].map { $0.text(in: language) } ?? "{\(name)}"
            rest = bytes.index(after: close)
        }
        return out + template[rest...]
    }

    /// In the language of this process.
    public var description: String { text(in: .current) }
}

extension Message.Argument {
    func text(in language: Language) -> String {
        switch self {
        case .text(let text): text
        case .money(let money): money.description
        case .euro(let euro): euro.description
        case .day(let day): language.date(day)
        case .moment(let utc): Moment.readable(utc, in: language)
        case .integer(let value): Hundredths.whole(value)
        case .decimal(let value, let places): language.decimal(value, places: places)
        case .percent(let share): language.percent(share)
        case .message(let message): message.text(in: language)
        case .list(let values): values.map { $0.text(in: language) }.joined(separator: ", ")
        case .sentences(let sentences): sentences.map { $0.text(in: language) }.joined(separator: "; ")
        }
    }
}
