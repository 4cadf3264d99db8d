import Foundation
import SQLite

/// The state of the file a connection reads: which file it is and its newest
/// history row. Every change leaves a history row, so what is made from the file
/// (a server's kept figures and counts) holds while the state is the same; a
/// file put in its place under the same path is another file, even when its
/// history ends at the same row.
///
///     let state = try FileState(db.connection)
public struct FileState: Hashable, Sendable {
    let file: FileIdentity?
    /// The newest history row's id; 0 for a file with no history.
    let lastChange: Int64

    public init(_ connection: Connection) throws {
        file = FileIdentity(connection.path)
        lastChange = try connection.scalar("SELECT max(id) FROM history", as: Int64.self) ?? 0
    }
}

/// Which file a path names now: its device and inode.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// Nil when nothing can be read at `path`.
    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
