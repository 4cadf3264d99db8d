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
}
