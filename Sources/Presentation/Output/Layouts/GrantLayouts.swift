import Portfolio

/// What `grant list` shows of each grant.
extension Layout where Value == Grant {
    public static var grantList: Layout {
        Layout([
            Column("id") { .integer($0.id) }, Column("status") { .grantStatus($0) }, Column("applicant") { .text($0.applicant) },
            Column("fund") { .text($0.fund) }, Column("applied") { .money($0.amountApplied) },
            Column("approved") { .optional($0.amountApproved) }, Column("paid") { .money($0.paid) },
            Column("remaining") { .money($0.remaining) }, Column("received") { .day($0.receivedOn) },
            Column("approved_on") { .optional($0.approvedOn) }, Column("deadline") { .optional($0.deadline) },
        ])
    }

    /// `grant list --public`: what the public may see of a decision — granted, paid so
    /// far, and where the grant stands: as a code for programs (in words for a person)
    /// and in words for everyone (`status_text`, for a press list made from the CSV).
    public static var publicGrant: Layout {
        Layout([
            Column("id") { .integer($0.id) }, Column("case_ref") { .optional($0.caseReference) },
            Column("recipient") { .text($0.applicant) }, Column("purpose") { .optional($0.purpose) },
            Column("granted") { .optional($0.amountApproved) }, Column("paid") { .money($0.paid) },
            Column("status") { .grantStatus($0) }, Column("status_text", forPrograms: true) { .text(Cell.grantStatus($0).display(in: .current)) },
            Column("date") { .optional($0.approvedOn) },
        ])
    }

    /// `grant list --register`: the state aid awards to report.
    public static var registerAward: Layout {
        Layout([
            Column("id") { .integer($0.id) }, Column("recipient") { .text($0.applicant) }, Column("basis") { .choice($0.basis) },
            Column("approved_on") { .optional($0.approvedOn) }, Column("amount") { .optional($0.amountApproved) },
            Column("award_eur") { $0.awardEUR.map(Cell.euro) ?? .null }, Column("report_by") { .optional($0.reportBy) },
        ])
    }
}

/// A grant with its payments and every decision on it: what `grant show` shows.
public struct GrantRecord {
    let grant: Grant
    let payments: [GrantPayment]
    let decisions: [GrantDecision]
    let requests: [PaymentRequest]

    public init(grant: Grant, payments: [GrantPayment], decisions: [GrantDecision], requests: [PaymentRequest]) {
        self.grant = grant
        self.payments = payments
        self.decisions = decisions
        self.requests = requests
    }
}

extension Layout where Value == GrantRecord {
    public static var grantRecord: Layout {
        Layout([
            Column("id") { .integer($0.grant.id) }, Column("status") { .grantStatus($0.grant) }, Column("fund") { .text($0.grant.fund) },
            Column("applicant_id") { .integer($0.grant.applicantID) }, Column("applicant") { .text($0.grant.applicant) },
            Column("project_id") { $0.grant.projectID.map(Cell.integer) ?? .null }, Column("purpose") { .optional($0.grant.purpose) },
            Column("basis") { .choice($0.grant.basis) }, Column("amount_applied") { .money($0.grant.amountApplied) },
            Column("total_cost") { .money($0.grant.totalCost) }, Column("amount_approved") { .optional($0.grant.amountApproved) },
            Column("paid") { .money($0.grant.paid) }, Column("repaid") { .money($0.grant.repaid) },
            Column("remaining") { .money($0.grant.remaining) }, Column("intensity") { .share($0.grant.intensity) },
            Column("received_on") { .day($0.grant.receivedOn) }, Column("approved_on") { .optional($0.grant.approvedOn) },
            Column("deadline") { .optional($0.grant.deadline) }, Column("case_ref") { .optional($0.grant.caseReference) },
            Column("eur_rate") { $0.grant.eurRate.map(Cell.number) ?? .null },
            Column("award_eur") { $0.grant.awardEUR.map(Cell.euro) ?? .null },
            Column("intensity_reason") { .optional($0.grant.intensityReason) }, Column("decided_on", header: "last_decision") { .optional($0.grant.decidedOn) },
            Column("decision_note") { .optional($0.grant.decisionNote) }, Column("released_on") { .optional($0.grant.releasedOn) },
            Column("decided_by") { .optional($0.grant.lastDecision?.record.decidedBy) },
            Column("decision_case") { .optional($0.grant.lastDecision?.record.caseReference) },
            Column("registered_at") { $0.grant.lastDecision.map { .moment($0.registeredAt, code: Moment.oslo($0.registeredAt)) } ?? .null },
            Column("correction_note") { .optional($0.grant.correctionReason) },
            Column("category") { .optional($0.grant.category) },
            Column("targets") { .code($0.grant.targets.map(\.rawValue).joined(separator: ","),
                                      label: Message(untranslated: $0.grant.targets.map { $0.words.text(in: .current) }.joined(separator: ", "))) },
            Column("completion_on") { .optional($0.grant.conditions.completion) },
            Column("report_due") { .optional($0.grant.conditions.reportDue) },
            Column("max_share_percent") { .percentage($0.grant.conditions.maxShare) },
            Column("holdback_percent") { .percentage($0.grant.conditions.holdback) },
            Column("holdback_amount") { .money($0.grant.holdbackAmount) },
        ], parts: [.list("recused", Layout<Recusal>.recusal) { $0.grant.lastDecision?.record.recused ?? [] },
                   .list("decisions", Layout<GrantDecision>.decision) { $0.decisions },
                   .list("payments", Layout<GrantPayment>.payment) { $0.payments },
                   .list("conditions", Layout<String>.conditionText) { $0.grant.conditions.texts },
                   .list("requests", Layout<PaymentRequest>.paymentRequest) { $0.requests }])
    }
}

extension Layout where Value == GrantDecision {
    /// One decision on a grant: the day it was made apart from the moment it was registered (Europe/Oslo).
    static var decision: Layout {
        Layout([
            Column("decision") { .word($0.kind.rawValue) }, Column("decided_on") { .day($0.decidedOn) },
            Column("decided_by") { .optional($0.record.decidedBy) }, Column("case_ref") { .optional($0.record.caseReference) },
            Column("reason") { .optional($0.record.reason) },
            Column("recused") { .text($0.record.recused.map { "\($0.name): \($0.grounds)" }.joined(separator: "; ")) },
            Column("registered_at") { .moment($0.registeredAt, code: Moment.oslo($0.registeredAt)) },
        ])
    }
}

extension Layout where Value == Recusal {
    /// A member who stepped aside from the grant's last decision, and why.
    static var recusal: Layout {
        Layout([Column("name") { .text($0.name) }, Column("grounds") { .text($0.grounds) }])
    }
}

extension Layout where Value == String {
    /// `decider list`: who may be named with `--decided-by`.
    public static var decider: Layout {
        Layout([Column("name") { .text($0) }])
    }
}

extension Layout where Value == GrantPayment {
    static var payment: Layout {
        Layout([
            Column("date") { .day($0.paidOn) }, Column("kind") { .word($0.isRepayment ? "repayment" : "payment") },
            Column("amount") { .money($0.amount) }, Column("final") { .bool($0.isFinal) },
        ])
    }
}

/// Something due about a grant, counted from a day: what `grant due` shows.
public struct DueRow {
    let item: DueItem
    let daysLeft: Int

    public init(item: DueItem, daysLeft: Int) {
        self.item = item
        self.daysLeft = daysLeft
    }
}

extension Layout where Value == DueRow {
    /// `deadline` is the item's day: the grant's deadline, or the last day to report the award.
    public static var dueRow: Layout {
        Layout([
            Column("kind") { .word($0.item.kind.rawValue) }, Column("id") { .integer($0.item.grant.id) },
            Column("applicant") { .text($0.item.grant.applicant) }, Column("deadline") { .day($0.item.day) },
            Column("days_left") { .count($0.daysLeft) }, Column("state") { .word($0.daysLeft < 0 ? "overdue" : "due") },
            Column("remaining") { .money($0.item.grant.remaining) },
        ])
    }
}

extension Layout where Value == DeMinimisPosition {
    /// The aid in the window against the ceiling, in euro (numbers in CSV and JSON).
    public static var deMinimis: Layout {
        Layout([
            Column("partner_id") { .integer($0.partnerID) }, Column("window_start") { .day($0.windowStart) },
            Column("window_end") { .day($0.windowEnd) }, Column("total_eur") { .euro($0.total) },
            Column("ceiling_eur") { .euro($0.ceiling) }, Column("headroom_eur") { .euro($0.headroom) },
        ], parts: [.list("awards", Layout<DeMinimisAward>.deMinimisAward) { $0.awards }])
    }
}

extension Layout where Value == DeMinimisAward {
    /// One award counted: a grant of the fund's, or aid declared from another giver.
    static var deMinimisAward: Layout {
        Layout([
            Column("date") { .day($0.date) }, Column("partner_id") { .integer($0.partnerID) },
            Column("partner") { .text($0.partner) }, Column("source") { .word($0.source) },
            Column("grant_id", omittedWhenNull: true) { $0.grantID.map(Cell.integer) ?? .null },
            Column("giver", omittedWhenNull: true) { .optional($0.giver) }, Column("nok") { .money($0.nok) },
            Column("eur_rate") { .number($0.eurRate) }, Column("eur") { .euro($0.eur) },
        ])
    }
}

extension Cell {
    /// A grant's status: the stored code for programs; for a person its word, and
    /// an approved grant with payments reads `partly paid`.
    static func grantStatus(_ grant: Grant) -> Cell {
        grant.isPartlyPaid ? .code(grant.status.rawValue, label: Message("label.partly_paid")) : .choice(grant.status)
    }
}
