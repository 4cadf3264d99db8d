import Foundation
import SQLite

extension PortfolioDatabase {
    /// Writes a consistent copy of the whole database to a new file, while
    /// other connections may go on writing (SQLite's online backup). The copy
    /// is made in a temporary file beside `destination` and appears under its
    /// name only when whole; an existing file is never overwritten.
    ///
    ///     try db.backup(to: "mon-2024-12-31.sqlite")
    public func backup(to destination: String) throws {
        let target = try OutputTarget(destination, database: path, replacing: false,
                                      whenExisting: "backup.exists")
        try target.make { temporary in
            do {
                // The copy's connection closes before the file is flushed and moved.
                try connection.backup(to: try Connection(path: temporary, mode: .readWriteCreate))
            } catch let error as SQLiteError {
                throw PortfolioError.from(error, path: destination)
            }
        }
    }
}
