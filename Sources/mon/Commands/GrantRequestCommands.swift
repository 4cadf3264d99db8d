import ArgumentParser
import Portfolio

extension GrantCommand {
    /// `grant request`: a payment request with the costs documented so far and a report.
    struct Request: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "request",
            abstract: Help.text("help.grant.request.abstract"),
            discussion: Help.text("help.grant.request.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.grant.id")) var id: Int64
        @Option(help: Help.argument("help.grant.request.amount")) var amount: String
        @Option(help: Help.argument("help.grant.request.costs")) var costs: String
        @Option(help: Help.argument("help.grant.request.date")) var date: String
        @Flag(help: Help.argument("help.grant.request.final")) var final = false
        @Option(help: Help.argument("help.grant.request.report")) var report: String?
        @Option(help: Help.argument("help.grant.request.report_file", valueName: "file")) var reportFile: String?

        func run() throws {
            let draft = PaymentRequestDraft(date: try Day(parsing: date), amount: try Money(parsing: amount),
                                            costs: try Money(parsing: costs), isFinal: final, report: try reportText())
            output.printID(try GrantRepository(global.open()).request(id, draft))
        }

        /// The report typed, or read from its file; never both.
        private func reportText() throws -> String? {
            guard let reportFile else { return report }
            guard report == nil else { throw PortfolioError.invalidInput(Message("request.report_twice")) }
            return try PaymentRequestDraft.report(at: reportFile)
        }
    }

    /// `grant requests`: a grant's payment requests and what was paid on each.
    struct Requests: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "requests",
            abstract: Help.text("help.grant.requests.abstract"),
            discussion: Help.text("help.grant.requests.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.grant.id")) var id: Int64

        func run() throws {
            let repository = GrantRepository(try global.openReadOnly())
            output.print(try repository.requests(try repository.grant(id).id), .paymentRequest)
        }
    }
}

/// The conditions `grant approve` sets: completion, final report, largest share of costs, holdback, words.
struct ConditionOptions: ParsableArguments {
    @Option(help: Help.argument("help.grant.approve.completion")) var completion: String?
    @Option(help: Help.argument("help.grant.approve.report_due")) var reportDue: String?
    @Option(help: Help.argument("help.grant.approve.max_share", valueName: "percent")) var maxShare: String?
    @Option(help: Help.argument("help.grant.approve.holdback", valueName: "percent")) var holdback: String?
    @Option(help: Help.argument("help.grant.approve.condition", valueName: "text")) var condition: [String] = []

    var conditions: GrantConditions {
        get throws {
            GrantConditions(completion: try completion.map(Day.init(parsing:)), reportDue: try reportDue.map(Day.init(parsing:)),
                            maxShare: try maxShare.map { try Percentage(parsing: $0, option: "--max-share") },
                            holdback: try holdback.map { try Percentage(parsing: $0, option: "--holdback") }, texts: condition)
        }
    }
}
