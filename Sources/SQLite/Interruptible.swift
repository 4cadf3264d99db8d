import CSQLite

extension Connection {
    /// Runs `body` while SQLite asks `shouldStop` every `instructions` steps of
    /// its virtual machine; once it answers true, the statement running fails
    /// with SQLITE_INTERRUPT. This is how a query is stopped at a deadline or
    /// on Ctrl-C without a second thread.
    ///
    ///     let deadline = ContinuousClock.now + .seconds(60)
    ///     try db.interruptible(when: { ContinuousClock.now > deadline }) { try statement.execute() }
    public func interruptible<T>(checkingEvery instructions: Int32 = 1_000, when shouldStop: () -> Bool,
                                 _ body: () throws -> T) throws -> T {
        try withoutActuallyEscaping(shouldStop) { shouldStop in
            let check = StopCheck(shouldStop)
            sqlite3_progress_handler(handle, instructions, { context in
                guard let context else { return 0 }
                return Unmanaged<StopCheck>.fromOpaque(context).takeUnretainedValue().shouldStop() ? 1 : 0
            }, Unmanaged.passUnretained(check).toOpaque())
            defer { sqlite3_progress_handler(handle, 0, nil, nil) }
            return try withExtendedLifetime(check) { try body() }
        }
    }
}

/// The question a progress handler asks, held where SQLite can point at it.
private final class StopCheck {
    let shouldStop: () -> Bool

    init(_ shouldStop: @escaping () -> Bool) {
        self.shouldStop = shouldStop
    }
}
