import Foundation
import SQLite

extension PortfolioDatabase {
    /// Writes a consistent copy of the whole database to a new file, while
    /// other connections may go on writing (SQLite's online backup).
    public func backup(to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            throw PortfolioError.refused("\(destination) already exists; a backup never overwrites a file")
        }
        do {
            let copy = try Connection(path: destination, mode: .readWriteCreate)
            try connection.backup(to: copy)
        } catch let error as SQLiteError {
            try? FileManager.default.removeItem(atPath: destination)
            throw PortfolioError.storage(.unavailable, "cannot back up to \(destination): \(error.message)")
        }
    }
}
