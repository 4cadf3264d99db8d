import ArgumentParser
import Foundation
import Portfolio

/// `-o FILE`: where a document a command makes goes — a file, or standard output.
struct OutputFile: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func write(_ text: String) throws {
        guard let output else {
            print(text, terminator: "")
            return
        }
        do {
            // Written beside the target and moved into place: a failure leaves no half file.
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw PortfolioError.storage(.unavailable, "cannot write \(output): \(error.localizedDescription)")
        }
    }
}
