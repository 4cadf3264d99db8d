/// A refusal or failure a person can read: what went wrong and why.
/// The command line prints it as one `error: …` line.
public struct PortfolioError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
