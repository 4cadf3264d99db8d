import Foundation
import Portfolio

/// The figures that take the whole file to make (the board report behind the headline, the ranking with every
/// project's funding), made once for each state of the file (its newest history row) and kept: at region scale
/// they take seconds, and the dashboard and every project page need them. When the file has changed (or another
/// file has been put in its place), the page
/// is given the figures it had while newer ones are made, once, beside the requests, and says from when they are;
/// only the very first request waits for them.
///
///     let figures = try await cache.figures(version: try FileState(db.connection), path: db.path)
actor FiguresCache {
    struct Figures: Sendable {
        let version: FileState
        /// When they were made: UTC, ISO, as history stores moments.
        let made: String
        let report: BoardReport
        /// The ranking with each project's funding, as `rank` gives it.
        let ranking: Ranking

        static func make(_ path: String, version: FileState) throws -> Figures {
            let db = try PortfolioDatabase.openReadOnly(path: path)
            let made = ISO8601DateFormatter().string(from: Date())
            return Figures(version: version, made: made, report: try BoardReport(db),
                           ranking: try ScoringRepository(db).proposals(asOf: .today()))
        }
    }

    private var current: Figures?
    private var making: (version: FileState, task: Task<Figures, Error>)?

    /// The figures of the file as it stands at `version`, or, while those are being made, the last ones made.
    func figures(version: FileState, path: String) async throws -> Figures {
        if let current, current.version == version { return current }
        let task: Task<Figures, Error>
        if let making, making.version == version {
            task = making.task
        } else {
            task = Task { try await Self.onOwnThread { try Figures.make(path, version: version) } }
            making = (version, task)
            Task { keep(try? await task.value) }
        }
        if let current { return current }
        return try await task.value
    }

    /// Runs `work` on a thread of its own rather than on one of Swift's shared threads (one per core), which
    /// answer the requests: making the figures takes seconds of a core, and every request would wait meanwhile.
    private static func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// Keeps the figures of the state last asked for; those of a state since left behind (made too late, or of a
    /// file since replaced, whose history may even be longer) are not kept.
    private func keep(_ figures: Figures?) {
        guard let figures, making?.version == figures.version else { return }
        current = figures
        making = nil
    }
}
