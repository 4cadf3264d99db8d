import ArgumentParser
import Portfolio

/// "Did you mean …" for a mistyped command name (`mon grant aprove` → `approve`),
/// in the reader's language. argument-parser suggests options, not commands.
enum CommandSuggestion {
    /// The message for the first word of `arguments` that is not a command where
    /// one was expected, when a command name is close to it; nil otherwise.
    static func message(for arguments: [String]) -> Message? {
        var command: ParsableCommand.Type = Mon.self
        var path = ["mon"]
        for word in arguments where !word.hasPrefix("-") {
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { names(of: $0).contains(word) }) {
                command = next
                path.append(name(of: next))
                continue
            }
            let candidates = subcommands.flatMap(names(of:))
            // Not close to any: perhaps the value of an option (`--db x.sqlite`); look on.
            guard let best = candidates.min(by: { distance(word, $0) < distance(word, $1) }),
                  distance(word, best) <= max(1, best.count / 3) else { continue }
            return Message("usage.did_you_mean", ["word": .text(word), "command": .text(path.joined(separator: " ")),
                                                  "suggestion": .text(best)])
        }
        return nil
    }

    private static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    private static func names(of command: ParsableCommand.Type) -> [String] {
        [name(of: command)] + command.configuration.aliases
    }

    /// Levenshtein distance: the fewest letters to add, remove or change to turn one word into the other.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
