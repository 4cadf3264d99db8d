import Hummingbird
import Portfolio

/// What a page shows and answers when it cannot be made: the portfolio's own sentence, never SQLite's.
enum PageError {
    static func message(_ error: Error) -> Message {
        (error as? PortfolioError)?.sentence ?? Message("web.failed")
    }

    static func status(_ error: Error) -> HTTPResponse.Status {
        switch (error as? PortfolioError)?.kind {
        case .notFound?: .notFound
        case .invalidInput?, .refused?: .badRequest
        case .storage?: .serviceUnavailable
        case nil: .internalServerError
        }
    }
}
