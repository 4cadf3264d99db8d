import Foundation

/// A file mon writes — an export, a report, a backup — made whole or not at all:
/// written to a temporary file beside it, flushed to the disk and renamed into
/// place, so that a full disk or a kill leaves the old file or none, never a
/// truncated one. It is never the database or one of SQLite's files beside it,
/// and an existing file is replaced only when asked.
///
///     let target = try OutputTarget("tilsagn.csv", database: db.path, replacing: force)
///     try target.write(csv)
public struct OutputTarget: Sendable {
    let path: String
    let replacing: Bool
    /// The refusal of an existing file, naming it `{path}` and saying what to do instead.
    let whenExisting: Message.Key

    /// Refuses the database itself, its `-wal`, `-shm` and `-journal` — by the
    /// path the name resolves to and by the file it is, so `./mon.sqlite` and a
    /// link to it count too — and an existing file unless `replacing`.
    public init(_ path: String, database: String?, replacing: Bool, whenExisting: Message.Key = "file.exists") throws {
        self.path = path
        self.replacing = replacing
        self.whenExisting = whenExisting
        if let database, Self.isPart(of: database, path) {
            throw PortfolioError.refused(Message("file.is_database", ["path": .text(path)]))
        }
        switch FileKind(path) {
        case .directory: throw PortfolioError.invalidInput(Message("file.is_folder", ["path": .text(path)]))
        // Renamed over, a device (`/dev/null`, `/dev/full`) would become a plain file for every program on the machine.
        case .special: throw PortfolioError.invalidInput(Message("file.is_device", ["path": .text(path)]))
        case .missing, .regularFile: break
        }
        if !replacing, Self.exists(path) {
            throw PortfolioError.refused(Message(whenExisting, ["path": .text(path)]))
        }
    }

    /// Writes `text` as the file's whole content.
    public func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Writes `bytes` as the file's whole content: a workbook, say.
    public func write(_ bytes: [UInt8]) throws {
        try make { temporary in
            let descriptor = open(temporary, O_WRONLY | O_TRUNC | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(errno) }
            defer { close(descriptor) }
            if let code = writeAll(bytes, to: descriptor) { throw failure(code) }
        }
    }

    /// Makes the file by letting `fill` write a temporary file beside it (by its
    /// path: SQLite's backup opens it itself), then flushes and moves it into place.
    /// A failure or a refusal removes the temporary file.
    func make(_ fill: (String) throws -> Void) throws {
        let (folder, name) = Self.split(path)
        var template = Array((folder + "/." + name + ".mon-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(errno) }
        close(descriptor)
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        // SQLite may leave its journal beside a copy it could not finish.
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) } }
        try fill(temporary)
        try Self.flush(temporary, failure: failure)
        // mkstemp makes the file for its owner only; the file gets the mode any new file would.
        let mask = umask(0)
        umask(mask)
        chmod(temporary, 0o666 & ~mask)
        try moveIntoPlace(temporary)
        try Self.flush(folder.isEmpty ? "." : folder, failure: failure)
    }

    /// Renames over an old file when replacing; otherwise links, which fails
    /// rather than replace a file that appeared meanwhile.
    private func moveIntoPlace(_ temporary: String) throws {
        if replacing {
            guard rename(temporary, path) == 0 else { throw failure(errno) }
            return
        }
        if link(temporary, path) == 0 { return }
        let linkError = errno
        if linkError == EEXIST { throw PortfolioError.refused(Message(whenExisting, ["path": .text(path)])) }
        // A file system without hard links: check, then rename.
        guard linkError == EPERM || linkError == ENOTSUP || linkError == EXDEV, !Self.exists(path) else { throw failure(linkError) }
        guard rename(temporary, path) == 0 else { throw failure(errno) }
    }

    /// fsync: the bytes (or a folder's entries) are on the disk before anyone relies on them.
    private static func flush(_ path: String, failure: (Int32) -> PortfolioError) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(errno) }
        defer { close(descriptor) }
        // A folder on some file systems cannot be synced (EINVAL): its entry is as safe as it gets.
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw failure(errno) }
    }

    /// What went wrong, in a person's words.
    func failure(_ code: Int32) -> PortfolioError {
        switch code {
        case ENOSPC, EDQUOT: return .storage(.full, Message("file.disk_full", ["path": .text(path)]))
        case EROFS: return .storage(.readOnly, Message("file.read_only_disk", ["path": .text(path)]))
        case EACCES, EPERM: return .storage(.readOnly, Message("file.no_permission", ["path": .text(path)]))
        case ENOENT, ENOTDIR: return .storage(.unavailable, Message("file.folder_missing", ["path": .text(path)]))
        default: return .storage(.unavailable, Message("file.cannot_write", ["path": .text(path), "reason": .text(String(cString: strerror(code)))]))
        }
    }

    /// A name counts as present even as a link that leads nowhere.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// True when `path` is the database or its `-wal`, `-shm` or `-journal`: the same
    /// resolved path, or the same file (device and inode) when both exist.
    static func isPart(of database: String, _ path: String) -> Bool {
        let target = resolved(path)
        let names = [database, resolved(database)]
        return ["", "-wal", "-shm", "-journal"].contains { suffix in names.contains { name in
            let part = name + suffix
            if resolved(part) == target { return true }
            var one = stat(), other = stat()
            return stat(part, &one) == 0 && stat(path, &other) == 0 && one.st_dev == other.st_dev && one.st_ino == other.st_ino
        } }
    }

    /// The folder (`.` when none is named) and the name of a path, split at its last slash
    /// by hand: Foundation's path methods trap on a one-character name (`-o a`).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        return (slash == path.startIndex ? "/" : String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// The path with its folder (and the file itself, when it exists) resolved: `.`, `..` and links.
    static func resolved(_ path: String) -> String {
        if let full = realpath(path, nil) {
            defer { free(full) }
            return String(cString: full)
        }
        let (folder, name) = split(path)
        guard let full = realpath(folder, nil) else { return path }
        defer { free(full) }
        return String(cString: full) + "/" + name
    }
}

/// Writes all of `bytes`, going on after an interrupted write; the error number when it fails.
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += written
    }
    return nil
}
