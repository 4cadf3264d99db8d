import ArgumentParser
import Portfolio

/// Who decided, on which case and why, and who stepped aside: the options every decision on a grant takes.
struct DecisionOptions: ParsableArguments {
    @Option(help: Help.argument("help.decision.decided_by")) var decidedBy: String?
    @Option(help: Help.argument("help.decision.recused")) var recused: [String] = []

    /// The record of the decision, with its case reference and reason.
    func record(caseReference: String? = nil, reason: String? = nil) throws -> DecisionRecord {
        DecisionRecord(decidedBy: decidedBy, caseReference: caseReference, reason: reason,
                       recused: try recused.map(Recusal.init(parsing:)))
    }
}

extension GrantCommand {
    struct Annul: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "annul", abstract: Help.text("help.grant.annul.abstract"),
                                 discussion: Help.text("help.grant.annul.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.grant.id")) var id: Int64
        @Option(help: Help.argument("help.grant.annul.reason")) var reason: String?

        func run() throws {
            try GrantRepository(global.open()).annul(id, reason: reason)
        }
    }

    struct Reinstate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "reinstate", abstract: Help.text("help.grant.reinstate.abstract"),
                                 discussion: Help.text("help.grant.reinstate.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var decision: Decision
        @OptionGroup var decidedBy: DecisionOptions
        @Option(name: .customLong("case"), help: Help.argument("help.decision.case")) var caseReference: String?
        @Option(help: Help.argument("help.grant.reinstate.reason")) var reason: String?

        func run() throws {
            try GrantRepository(global.open()).reinstate(decision.id, on: try decision.day,
                                                         decision: try decidedBy.record(caseReference: caseReference, reason: reason))
        }
    }

    struct Update: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "update", abstract: Help.text("help.grant.update.abstract"),
                                 discussion: Help.text("help.grant.update.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.grant.id")) var id: Int64
        @Option(help: Help.argument("help.grant.update.amount")) var amount: String?
        @Option(help: Help.argument("help.grant.update.total_cost")) var totalCost: String?
        @Option(help: Help.argument("help.grant.update.applicant")) var applicant: String?
        @Option(help: Help.argument("help.grant.update.project")) var project: Int64?
        @Option(help: Help.argument("help.grant.update.basis")) var basis: String?
        @Option(help: Help.argument("help.grant.update.received")) var received: String?
        @Option(help: Help.argument("help.grant.update.purpose")) var purpose: String?
        @Option(name: .customLong("case"), help: Help.argument("help.decision.case")) var caseReference: String?
        @Option(help: Help.argument("help.grant.update.deadline")) var deadline: String?
        @Option(help: Help.argument("help.grant.update.reason")) var reason: String?
        @Option(help: Help.argument("help.grant.update.completion")) var completion: String?

        func run() throws {
            var update = GrantUpdate(
                amountApplied: try amount.map(Money.init(parsing:)), totalCost: try totalCost.map(Money.init(parsing:)),
                applicant: applicant, projectID: project, basis: try basis.map(AidBasis.init(parsing:)),
                receivedOn: try received.map(Day.init(parsing:)), purpose: purpose, caseReference: caseReference,
                deadline: try deadline.map(Day.init(parsing:)), reason: reason)
            update.completion = try completion.map(Day.init(parsing:))
            try GrantRepository(global.open()).update(id, update)
        }
    }
}
