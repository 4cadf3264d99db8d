import ArgumentParser
import Portfolio

struct GrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Grants (tilsagn) from the fund, from application to final payment.",
        discussion: """
            applied ─► approved ─► (partly paid) ─► paid ─► closed
               ├► rejected ├► lapsed, withdrawn ├► lapsed, repaid
            """,
        subcommands: [Apply.self, Approve.self, Reject.self, Withdraw.self, Pay.self, Lapse.self, Repay.self, Close.self,
                      List.self, Show.self, Due.self,
                      Annul.self, Reinstate.self, Update.self]
    )

    /// `ID --date D`, which every decision on a grant takes.
    struct Decision: ParsableArguments {
        @Argument(help: "The grant's id.") var id: Int64
        @Option(help: "The day of the decision (2024-03-15 or 15.03.2024).") var date: String

        var day: Day { get throws { try Day(parsing: date) } }
    }

    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "apply",
            abstract: "Register an application; prints its id.",
            discussion: """
                Warns (without refusing) when the project started before the application was \
                received, and when the applicant is not registered in Vefsn.

                Example:
                  mon grant apply --applicant 923609016 --amount "400 000" --total-cost "1 000 000" \\
                      --project 3 --received 2024-02-01 --basis de-minimis --purpose "Forprosjekt godsterminal"
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "The applicant: a partner's id, organisation number or name.") var applicant: String
        @Option(help: "The amount applied for, in kroner.") var amount: String
        @Option(help: "The project's total cost, in kroner.") var totalCost: String
        @Option(help: "The project the grant is for.") var project: Int64?
        @Option(help: "The fund (default: Kommunalt næringsfond).") var fund: String?
        @Option(help: "The day the application was received (default: today).") var received: String?
        @Option(help: "de-minimis (default), gber, purchase or not-aid.") var basis: String?
        @Option(help: "What the money is for; public once approved.") var purpose: String?

        func run() throws {
            let outcome = try GrantRepository(global.open()).apply(GrantApplication(
                applicant: applicant, amount: try Money(parsing: amount), totalCost: try Money(parsing: totalCost),
                projectID: project, fund: fund, receivedOn: try received.map(Day.init(parsing:)) ?? Day.today(),
                basis: try basis.map(AidBasis.init(parsing:)) ?? .deMinimis, purpose: purpose))
            output.printID(outcome.id)
            Mon.warn(outcome.warnings)
        }
    }

    struct Approve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "approve",
            abstract: "Approve an application: the fund must cover it, and every aid rule must hold.",
            discussion: """
                Refused when the fund has less available on that day or any later one; when the \
                support intensity is above 75 %, or above 50 % without --reason; and, for de minimis \
                aid, without --eur-rate or over the undertaking's ceiling.

                Example:
                  mon grant approve 12 --date 2024-03-01 --amount "350 000" --deadline 2025-03-01 \\
                      --case 24/113 --eur-rate 11.49
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: "The amount approved (default: the amount applied for).") var amount: String?
        @Option(help: "The last day to claim payment.") var deadline: String?
        @Option(name: .customLong("case"), help: "The case reference (saksnummer).") var caseReference: String?
        @Option(help: "NOK per EUR on the day, like 11.49 (5 to 25 unless `mon param set eur_rate_min`/`eur_rate_max` say otherwise); required for de minimis aid.")
        var eurRate: String?
        @Option(help: "Why a support intensity above 50 % is accepted.") var reason: String?
        @OptionGroup var decidedBy: DecisionOptions

        func run() throws {
            let db = try global.open()
            let day = try decision.day
            let rate = try eurRate.map { try ParameterRepository(db).checked(try EuroRate(parsing: $0), on: day) }
            let outcome = try GrantRepository(db).approve(decision.id, GrantApproval(
                date: day, amount: try amount.map(Money.init(parsing:)),
                deadline: try deadline.map(Day.init(parsing:)), caseReference: caseReference,
                eurRate: rate?.nokPerEuro, reason: reason), decision: try decidedBy.record(caseReference: caseReference))
            Mon.warn(outcome.warnings)
        }
    }

    struct Reject: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reject",
            abstract: "Reject an application.",
            discussion: "Example:\n  mon grant reject 12 --date 2024-03-01 --reason \"Utenfor retningslinjene\"")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: "Why.") var reason: String?
        @OptionGroup var decidedBy: DecisionOptions
        @Option(name: .customLong("case"), help: Help.argument("help.decision.case")) var caseReference: String?

        func run() throws {
            try GrantRepository(global.open()).reject(decision.id, on: try decision.day,
                                                      decision: try decidedBy.record(caseReference: caseReference, reason: reason))
        }
    }

    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "The applicant withdraws an application, or a grant nothing was paid on.",
            discussion: "Example:\n  mon grant withdraw 12 --date 2024-04-15")

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
        static let configuration = CommandConfiguration(
            commandName: "pay",
            abstract: "Pay out on an approved grant; never more than remains.",
            discussion: """
                --final settles the grant: what remains unpaid returns to the fund.

                Example:
                  mon grant pay 12 "150 000" --date 2024-09-01
                  mon grant pay 12 "180 000" --date 2025-02-01 --final
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The grant's id.") var id: Int64
        @Argument(help: "The amount in kroner.") var amount: String
        @Option(help: "The day of payment.") var date: String
        @Flag(help: "The last payment: the unpaid rest returns to the fund.") var final = false

        func run() throws {
            try GrantRepository(global.open()).pay(id, try Money(parsing: amount), on: try Day(parsing: date), final: final)
        }
    }

    struct Lapse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lapse",
            abstract: "The deadline passed: the unpaid rest returns to the fund.",
            discussion: "Example:\n  mon grant lapse 12 --date 2025-03-02")

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
        static let configuration = CommandConfiguration(
            commandName: "repay",
            abstract: "Record a repayment (tilbakebetaling): money back into the fund, never more than was paid.",
            discussion: "Example:\n  mon grant repay 12 \"50 000\" --date 2025-06-01")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The grant's id.") var id: Int64
        @Argument(help: "The amount in kroner.") var amount: String
        @Option(help: "The day it was repaid.") var date: String

        func run() throws {
            try GrantRepository(global.open()).repay(id, try Money(parsing: amount), on: try Day(parsing: date))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close a fully paid grant once its final report is in.",
            discussion: "Example:\n  mon grant close 12 --date 2025-04-01")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @Option(help: Help.argument("help.grant.close.reason")) var reason: String?

        func run() throws {
            try GrantRepository(global.open()).close(decision.id, on: try decision.day, reason: reason)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List grants; --public gives what the public may see, --register what to report.",
            discussion: """
                --year is the year a grant was approved, or received when it never was. --public \
                shows approved grants only — recipient, amount, purpose, date — never an application \
                that is pending or was rejected. --register shows state aid awards of EUR 100 000 or \
                more, for Registeret for offentlig støtte.

                Examples:
                  mon grant list --status approved --year 2024
                  mon grant list --public --year 2023 --format csv
                  mon grant list --register
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "Only grants with this status.") var status: String?
        @Option(help: "Only grants of this year.") var year: Int?
        @Option(help: "Only grants to this partner.") var applicant: String?
        @Option(help: "Only grants from this fund.") var fund: String?
        @Flag(name: .customLong("public"), help: "Only approved grants, as the public may see them.") var publicOnly = false
        @Flag(help: "Only awards to report to Registeret for offentlig støtte.") var register = false

        func run() throws {
            let grants = try GrantRepository(global.openReadOnly()).list(GrantRepository.Filter(
                status: try status.map(GrantStatus.init(parsing:)), year: year, applicant: applicant, fund: fund,
                publicOnly: publicOnly, register: register))
            output.print(grants, publicOnly ? .publicGrant : register ? .registerAward : .grantList)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a grant with its payments.",
            discussion: "Example:\n  mon grant show 12 --format json")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The grant's id.") var id: Int64

        func run() throws {
            let repository = GrantRepository(try global.openReadOnly())
            output.printRecord(GrantRecord(grant: try repository.grant(id), payments: try repository.payments(id),
                                           decisions: try repository.decisions(id)), .grantRecord)
        }
    }

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: "Open grants whose deadline is past, or falls within the next days.",
            discussion: """
                Example:
                  mon grant due --within 60
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "How many days ahead to look, \(Bounds.withinDays.span).") var within = 30
        @Option(help: "The day to count from (default: today).") var today: String?

        func run() throws {
            try Bounds.withinDays.check(within)
            let day = try today.map(Day.init(parsing:)) ?? Day.today()
            let grants = try GrantRepository(global.openReadOnly()).due(within: within, today: day)
            output.print(grants.map { DueGrant(grant: $0, daysLeft: day.days(until: $0.deadline!)) }, .dueGrant)
        }
    }
}
