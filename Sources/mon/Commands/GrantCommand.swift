import ArgumentParser
import Portfolio

struct GrantCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "grant",
        abstract: Help.text("help.grant.abstract"),
        discussion: Help.text("help.grant.discussion"),
        subcommands: [Apply.self, Approve.self, Reject.self, Withdraw.self, Pay.self, Lapse.self, Repay.self, Close.self,
                      List.self, Show.self, Due.self,
                      Annul.self, Reinstate.self, Update.self,
                      LetterCommand.self, Request.self, Requests.self]
    ) }

    /// `ID --date D`, which every decision on a grant takes.
    struct Decision: ParsableArguments {
        @Argument(help: Help.argument("help.grant.id")) var id: Int64
        @Option(help: Help.argument("help.grant.decision.date")) var date: String

        var day: Day { get throws { try Day(parsing: date) } }
    }

    struct Apply: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "apply",
            abstract: Help.text("help.grant.apply.abstract"),
            discussion: Help.text("help.grant.apply.discussion")
        ) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.grant.apply.applicant")) var applicant: String
        @Option(help: Help.argument("help.grant.apply.amount")) var amount: String
        @Option(help: Help.argument("help.grant.apply.total_cost")) var totalCost: String
        @Option(help: Help.argument("help.grant.apply.project")) var project: Int64?
        @Option(help: Help.argument("help.grant.apply.fund")) var fund: String?
        @Option(help: Help.argument("help.grant.apply.received")) var received: String?
        @Option(help: Help.argument("help.grant.apply.basis")) var basis: String?
        @Option(help: Help.argument("help.grant.apply.purpose")) var purpose: String?
        @Option(help: Help.argument("help.grant.apply.round")) var round: String?

        func run() throws {
            var application = GrantApplication(
                applicant: applicant, amount: try Money(parsing: amount), totalCost: try Money(parsing: totalCost),
                projectID: project, fund: fund, receivedOn: try received.map(Day.init(parsing:)) ?? Day.today(),
                basis: try basis.map(AidBasis.init(parsing:)), purpose: purpose)
            application.round = round
            let outcome = try GrantRepository(global.open()).apply(application)
            output.printID(outcome.id)
            Mon.warn(outcome.warnings)
        }
    }

    struct Approve: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "approve",
            abstract: Help.text("help.grant.approve.abstract"),
            discussion: Help.text("help.grant.approve.discussion")
        ) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: Help.argument("help.grant.approve.amount")) var amount: String?
        @Option(help: Help.argument("help.grant.approve.deadline")) var deadline: String?
        @Option(name: .customLong("case"), help: Help.argument("help.grant.approve.case")) var caseReference: String?
        @Option(help: Help.argument("help.rate.approve_eur_rate")) var eurRate: String?
        @Option(help: Help.argument("help.grant.approve.reason")) var reason: String?
        @Option(help: Help.argument("help.grant.approve.category")) var category: String?
        @Option(help: Help.argument("help.grant.approve.target")) var target: [String] = []
        @OptionGroup var decidedBy: DecisionOptions
        @OptionGroup var conditions: ConditionOptions

        func run() throws {
            let db = try global.open()
            let day = try decision.day
            let rate = try eurRate.map { try ParameterRepository(db).checked(try EuroRate(parsing: $0), on: day) }
            var approval = GrantApproval(
                date: day, amount: try amount.map(Money.init(parsing:)),
                deadline: try deadline.map(Day.init(parsing:)), caseReference: caseReference,
                eurRate: rate?.nokPerEuro, reason: reason, category: category,
                targets: try target.map(TargetGroup.init(parsing:)))
            approval.conditions = try conditions.conditions
            let outcome = try GrantRepository(db).approve(decision.id, approval, decision: try decidedBy.record(caseReference: caseReference))
            Mon.warn(outcome.warnings)
        }
    }

    struct Reject: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "reject",
            abstract: Help.text("help.grant.reject.abstract"),
            discussion: Help.text("help.grant.reject.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: Help.argument("help.grant.reject.reason")) var reason: String?
        @OptionGroup var decidedBy: DecisionOptions
        @Option(name: .customLong("case"), help: Help.argument("help.decision.case")) var caseReference: String?

        func run() throws {
            try GrantRepository(global.open()).reject(decision.id, on: try decision.day,
                                                      decision: try decidedBy.record(caseReference: caseReference, reason: reason))
        }
    }

    struct Withdraw: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "withdraw",
            abstract: Help.text("help.grant.withdraw.abstract"),
            discussion: Help.text("help.grant.withdraw.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: Help.argument("help.grant.withdraw.reason")) var reason: String?
        @OptionGroup var decidedBy: DecisionOptions
        @Option(name: .customLong("case"), help: Help.argument("help.decision.case")) var caseReference: String?

        func run() throws {
            try GrantRepository(global.open()).withdraw(decision.id, on: try decision.day,
                                                        decision: try decidedBy.record(caseReference: caseReference, reason: reason))
        }
    }

    struct Pay: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "pay",
            abstract: Help.text("help.grant.pay.abstract"),
            discussion: Help.text("help.grant.pay.discussion")
        ) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.grant.id")) var id: Int64
        @Argument(help: Help.argument("help.grant.amount")) var amount: String?
        @Option(help: Help.argument("help.grant.pay.date")) var date: String
        @Flag(help: Help.argument("help.grant.pay.final")) var final = false
        @Option(help: Help.argument("help.grant.pay.request")) var request: Int64?

        func run() throws {
            let day = try Day(parsing: date)
            switch (amount, request) {
            case (let amount?, nil): try GrantRepository(global.open()).pay(id, try Money(parsing: amount), on: day, final: final)
            case (nil, let request?) where !final: try GrantRepository(global.open()).pay(id, request: request, on: day)
            default: throw PortfolioError.invalidInput(Message("request.pay_amount_or_request"))
            }
        }
    }

    struct Lapse: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "lapse",
            abstract: Help.text("help.grant.lapse.abstract"),
            discussion: Help.text("help.grant.lapse.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: Help.argument("help.grant.lapse.reason")) var reason: String?
        @OptionGroup var decidedBy: DecisionOptions
        @Option(name: .customLong("case"), help: Help.argument("help.decision.case")) var caseReference: String?

        func run() throws {
            try GrantRepository(global.open()).lapse(decision.id, on: try decision.day,
                                                     decision: try decidedBy.record(caseReference: caseReference, reason: reason))
        }
    }

    struct Repay: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "repay",
            abstract: Help.text("help.grant.repay.abstract"),
            discussion: Help.text("help.grant.repay.discussion")) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.grant.id")) var id: Int64
        @Argument(help: Help.argument("help.grant.amount")) var amount: String
        @Option(help: Help.argument("help.grant.repay.date")) var date: String

        func run() throws {
            try GrantRepository(global.open()).repay(id, try Money(parsing: amount), on: try Day(parsing: date))
        }
    }

    struct Close: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "close",
            abstract: Help.text("help.grant.close.abstract"),
            discussion: Help.text("help.grant.close.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: Help.argument("help.grant.close.reason")) var reason: String?

        func run() throws {
            try GrantRepository(global.open()).close(decision.id, on: try decision.day, reason: reason)
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "list",
            abstract: Help.text("help.grant.list.abstract"),
            discussion: Help.text("help.grant.list.discussion")
        ) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.grant.list.status")) var status: String?
        @Option(help: Help.argument("help.grant.list.year")) var year: Int?
        @Option(help: Help.argument("help.grant.list.applicant")) var applicant: String?
        @Option(help: Help.argument("help.grant.list.fund")) var fund: String?
        @Flag(name: .customLong("public"), help: Help.argument("help.grant.list.public")) var publicOnly = false
        @Flag(help: Help.argument("help.grant.list.register")) var register = false

        func run() throws {
            let repository = GrantRepository(try global.openReadOnly())
            let filter = GrantRepository.Filter(
                status: try status.map(GrantStatus.init(parsing:)), year: year, applicant: applicant, fund: fund,
                publicOnly: publicOnly, register: register)
            // Printed as read: a year at national scale is a hundred thousand grants.
            try output.printRows(publicOnly ? .publicGrant : register ? .registerAward : .grantList) { row in
                try repository.forEach(filter, row)
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "show",
            abstract: Help.text("help.grant.show.abstract"),
            discussion: Help.text("help.grant.show.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.grant.id")) var id: Int64

        func run() throws {
            let repository = GrantRepository(try global.openReadOnly())
            output.printRecord(GrantRecord(grant: try repository.grant(id), payments: try repository.payments(id),
                                           decisions: try repository.decisions(id), requests: try repository.requests(id)), .grantRecord)
        }
    }

    struct Due: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "due",
            abstract: Help.text("help.grant.due.abstract"),
            discussion: Help.text("help.grant.due.discussion")
        ) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Bounds.withinDays.help("help.grant.due.within")) var within = 30
        @Option(help: Help.argument("help.grant.due.today")) var today: String?

        func run() throws {
            try Bounds.withinDays.check(within)
            let day = try today.map(Day.init(parsing:)) ?? Day.today()
            let items = try GrantRepository(global.openReadOnly()).due(within: within, today: day)
            output.print(items.map { DueRow(item: $0, daysLeft: $0.daysLeft(from: day)) }, .dueRow)
        }
    }
}
