import ArgumentParser
import Foundation
import Portfolio

/// `mon user`: the web users, who log in to the pages `mon serve` shows.
struct UserCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "user", abstract: Help.text("help.user.abstract"),
                             discussion: Help.text("help.user.discussion"),
                             subcommands: [List.self, Add.self, Disable.self], defaultSubcommand: List.self)
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.user.list.abstract"),
                                 discussion: Help.text("help.user.list.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try UserRepository(global.openReadOnly()).accounts(), .userAccount)
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: Help.text("help.user.add.abstract"),
                                 discussion: Help.text("help.user.add.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.user.add.name")) var name: String
        @Option(help: Help.argument("help.user.add.role", valueName: "role")) var role: String
        // A password is never an option: it would stand in the shell's history and in `ps`.
        @Flag(help: Help.argument("help.user.add.password_stdin")) var passwordStdin = false

        func run() throws {
            let role = try UserRole(parsing: role)
            guard passwordStdin else { throw PortfolioError.invalidInput(Message("access.stdin_needed")) }
            let password = try Self.passwordFromStandardInput()
            _ = try UserRepository(global.open()).add(name: name, role: role, password: password)
        }

        /// The first line of standard input, without its line break; refused from a
        /// terminal (it would echo the password) and when there is none.
        static func passwordFromStandardInput() throws -> String {
            guard isatty(STDIN_FILENO) == 0 else { throw PortfolioError.invalidInput(Message("access.stdin_terminal")) }
            guard var line = readLine(strippingNewline: true) else {
                throw PortfolioError.invalidInput(Message("access.stdin_empty"))
            }
            if line.hasSuffix("\r") { line.removeLast() }
            guard !line.isEmpty else { throw PortfolioError.invalidInput(Message("access.stdin_empty")) }
            return line
        }
    }

    struct Disable: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "disable", abstract: Help.text("help.user.disable.abstract"),
                                 discussion: Help.text("help.user.disable.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.user.disable.name")) var name: String

        func run() throws {
            try UserRepository(global.open()).disable(name: name)
        }
    }
}
