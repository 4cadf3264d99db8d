import SQLite

/// A refusal or failure a person can read: what kind it is, what went wrong
/// and why, and where in a file when it came from one.
/// The command line prints it as one `error: …` line.
///
///     throw PortfolioError.refused(Message("grant.pay.fully_paid", ["grant": .text("4")]))
///     catch let error as PortfolioError where error.kind == .notFound { … }
public struct PortfolioError: Error, Equatable, CustomStringConvertible {
    /// What kind of failure: code branches on this, never on the message.
    public enum Kind: Equatable, Sendable {
        /// A rule of the fund, the plan or the model said no.
        case refused
        /// The thing asked for does not exist.
        case notFound
        /// What was typed or read cannot be understood as what it should be.
        case invalidInput
        /// The file or the disk could not do what was asked.
        case storage(StorageFailure)
    }

    /// Why the file or the disk could not do what was asked.
    public enum StorageFailure: Equatable, Sendable {
        /// Another program holds the file for writing.
        case busy
        /// The disk is full.
        case full
        /// The file or its folder cannot be written.
        case readOnly
        /// The file is damaged.
        case corrupt
        /// The file is not a mon database.
        case foreignFile
        /// The file or folder cannot be opened, read or written for another reason.
        case unavailable
    }

    /// Where in an input file the failure stands: as much of it as is known.
    public struct Location: Equatable, Sendable {
        public var path: String?
        public var line: Int?
        public var column: String?
    }

    public let kind: Kind
    /// What went wrong, as a sentence of the catalogues.
    public let sentence: Message
    public private(set) var location: Location?

    init(_ kind: Kind, _ sentence: Message, location: Location? = nil) {
        self.kind = kind
        self.sentence = sentence
        self.location = location
    }

    /// What went wrong, in the reader's language, without the place.
    public var message: String { sentence.description }

    public static func refused(_ message: Message) -> PortfolioError { PortfolioError(.refused, message) }
    public static func notFound(_ message: Message) -> PortfolioError { PortfolioError(.notFound, message) }
    public static func invalidInput(_ message: Message) -> PortfolioError { PortfolioError(.invalidInput, message) }
    public static func storage(_ failure: StorageFailure, _ message: Message) -> PortfolioError {
        PortfolioError(.storage(failure), message)
    }

    // The failure a caller expects, written as its English text: failures compare by their
    // English sentence, so a test can name one as a person reads it. mon's own code gives a
    // `Message` of the catalogues (a test scans the sources for these).
    public static func refused(_ text: String) -> PortfolioError { refused(Message(untranslated: text)) }
    public static func notFound(_ text: String) -> PortfolioError { notFound(Message(untranslated: text)) }
    public static func invalidInput(_ text: String) -> PortfolioError { invalidInput(Message(untranslated: text)) }
    public static func storage(_ failure: StorageFailure, _ text: String) -> PortfolioError {
        storage(failure, Message(untranslated: text))
    }


    /// Two failures are the same when they are of one kind, in one place, and say the same in English.
    public static func == (lhs: PortfolioError, rhs: PortfolioError) -> Bool {
        lhs.kind == rhs.kind && lhs.location == rhs.location && lhs.sentence.text(in: .english) == rhs.sentence.text(in: .english)
    }

    /// The same failure, placed in a file, on a line, in a column: each part
    /// given fills in what is not yet known, so the innermost, most exact place wins.
    func located(in path: String? = nil, line: Int? = nil, column: String? = nil) -> PortfolioError {
        var copy = self
        var place = location ?? Location()
        place.path = place.path ?? path
        place.line = place.line ?? line
        place.column = place.column ?? column
        copy.location = place
        return copy
    }

    public var description: String { text(in: .current) }

    /// What went wrong, and where, in `language`.
    public func text(in language: Language) -> String {
        let text = sentence.text(in: language)
        guard let location else { return text }
        let line = location.line.map { Message("place.line", ["line": .integer(Int64($0))]).text(in: language) }
        let column = location.column.map { Message("place.column", ["column": .text($0)]).text(in: language) }
        return [location.path, line, column].compactMap { $0 }.joined(separator: ", ") + ": " + text
    }
}

extension PortfolioError {
    /// What SQLite said, in a person's words: never its own message or the SQL.
    /// A constraint the schema enforces is a refusal that names the rule.
    ///
    ///     catch let error as SQLiteError { throw PortfolioError.from(error, path: db.path) }
    static func from(_ error: SQLiteError, path: String) -> PortfolioError {
        switch error.primaryCode {
        case SQLiteError.constraint:
            return .refused(ConstraintWords.sentence(for: error))
        case SQLiteError.busy, SQLiteError.locked:
            return .storage(.busy, Message("storage.busy", ["path": .text(path)]))
        case SQLiteError.full:
            return .storage(.full, Message("storage.full", ["path": .text(path)]))
        case SQLiteError.readOnly where error.code == SQLiteError.readOnlyDirectory:
            return .storage(.readOnly, Message("storage.folder_read_only", ["path": .text(path)]))
        case SQLiteError.readOnly:
            return .storage(.readOnly, Message("storage.read_only", ["path": .text(path)]))
        case SQLiteError.corrupt:
            return .storage(.corrupt, Message("storage.corrupt", ["path": .text(path)]))
        case SQLiteError.cantOpen:
            return .storage(.unavailable, Message("storage.cannot_open", ["path": .text(path)]))
        case SQLiteError.notADatabase:
            return .storage(.foreignFile, Message("storage.not_sqlite", ["path": .text(path)]))
        case SQLiteError.ioError:
            return .storage(.unavailable, Message("storage.io_error", ["path": .text(path)]))
        case SQLiteError.mismatch:
            // A value a column's rows cannot be read as (a date outside `Day.years`), written outside mon.
            return .invalidInput(Message("storage.unreadable_value", ["path": .text(path)]))
        default:
            return .storage(.unavailable, Message("storage.other", ["path": .text(path), "code": .text("\(error.code)")]))
        }
    }
}

extension PortfolioError {
    /// Any failure from below the command line as a `PortfolioError`, so that
    /// the command line needs to know no layer beneath Portfolio; nil for
    /// errors that are not the portfolio's (a usage error, an exit).
    public static func explaining(_ error: any Error) -> PortfolioError? {
        switch error {
        case let error as PortfolioError: error
        case let error as SQLiteError: from(error, path: error.path ?? Message("storage.the_database").description)
        default: nil
        }
    }
}
