import Foundation

/// What a path names on disk, so that a directory or a device is refused with
/// a sentence where a file belongs, rather than read forever or misread.
///
///     guard FileKind(path) == .regularFile else { … }
enum FileKind: Equatable {
    case missing
    case regularFile
    case directory
    /// A device, a pipe or a socket.
    case special

    /// What `path` names, following symbolic links.
    init(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .directory
        default: self = .special
        }
    }

    /// Throws, naming what `path` is instead, when it is a directory or a
    /// device where `expected` (a database file, a CSV file) belongs.
    ///
    ///     try FileKind.refuseDirectoryOrDevice(path, expected: Message("file.kind.csv"))
    static func refuseDirectoryOrDevice(_ path: String, expected: Message) throws {
        switch FileKind(path) {
        case .directory: throw PortfolioError.storage(.unavailable, Message("file.is_directory", ["path": .text(path), "expected": .message(expected)]))
        case .special: throw PortfolioError.storage(.unavailable, Message("file.is_special", ["path": .text(path), "expected": .message(expected)]))
        case .missing, .regularFile: return
        }
    }
}
