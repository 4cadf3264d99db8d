// C's `stdout` is a global the compiler cannot prove safe; mon reads it from one thread, at the end.
@preconcurrency import Foundation
import Portfolio

/// Standard output, checked: what `print` could not write — to a full disk, a
/// closed file — is an error, never a silent loss with exit status 0.
enum StandardOutput {
    /// Flushes what was printed and throws when any of it failed to be written.
    ///
    ///     try command.run()
    ///     try StandardOutput.flush()
    static func flush() throws {
        let flushed = fflush(stdout) == 0
        let code = errno
        guard !flushed || ferror(stdout) != 0 else { return }
        // errno tells why only when this flush failed; an earlier failed write left just the flag.
        guard !flushed, code == ENOSPC || code == EDQUOT else {
            throw PortfolioError.storage(.unavailable, Message("cli.stdout_short_write"))
        }
        throw PortfolioError.storage(.full, Message("cli.stdout_full"))
    }
}
