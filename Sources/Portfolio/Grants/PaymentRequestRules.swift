/// The rules of conditions and payment requests, free of SQLite like the rest of the rule book.
///
///     try GrantRules.request(draft, on: grant, earlier: requests)
///     let change = try GrantRules.payment(of: request, on: day, to: grant)
///     // a final request: change.payment?.amount == the least of what remains, what was asked
///     // and max-share × documented costs less what was paid; the rest is released that day
extension GrantRules {
    /// The conditions an approval sets: their days may not come before the approval.
    static func conditions(_ conditions: GrantConditions, approvedOn day: Day) throws {
        if let completion = conditions.completion, completion < day {
            throw PortfolioError.refused(Message("condition.completion_before_approval", ["completion": .day(completion), "day": .day(day)]))
        }
        if let reportDue = conditions.reportDue, reportDue < day {
            throw PortfolioError.refused(Message("condition.report_before_approval", ["report": .day(reportDue), "day": .day(day)]))
        }
    }

    /// A request as recorded. Refused: on a grant that takes no payment; before the
    /// approval; a final request without a final report; documented costs lower than
    /// an earlier request's; and a part request that a part payment could not pay
    /// (`partPayment(_:costs:on:of:)`).
    public static func request(_ draft: PaymentRequestDraft, on grant: Grant, earlier: [PaymentRequest]) throws {
        try payable(grant)
        guard draft.amount > .zero else { throw PortfolioError.invalidInput(Message("request.amount_not_positive")) }
        try notBefore(draft.date, grant.approvedOn, "grant.date_before_approval")
        if draft.isFinal && draft.report?.trimmed.nilIfEmpty == nil {
            throw PortfolioError.refused(Message("request.final_without_report", grant.naming))
        }
        if let highest = earlier.max(by: { $0.costs < $1.costs }), draft.costs < highest.costs {
            throw PortfolioError.refused(Message("request.costs_fall", [
                "costs": .money(draft.costs), "earlier": .money(highest.costs), "request": .text("\(highest.id)"), "day": .day(highest.requestedOn),
            ]))
        }
        if !draft.isFinal { try partPayment(draft.amount, costs: draft.costs, on: draft.date, of: grant) }
    }

    /// Pays a request. A part request pays what it asked, checked again (other payments
    /// may have come since). A final request pays the least of what remains, what it
    /// asked, and max-share × documented costs (rounded down to whole øre) less what was
    /// paid before; the grant is closed and what is not paid is released that day.
    public static func payment(of request: PaymentRequest, on day: Day, to grant: Grant) throws -> Change {
        try payable(grant)
        guard request.paidOn == nil else {
            throw PortfolioError.refused(Message("request.already_paid", ["request": .text("\(request.id)"), "day": .day(request.paidOn ?? day)]))
        }
        try notBefore(day, request.requestedOn, "request.paid_before_asked")
        guard request.isFinal else {
            try partPayment(request.amount, costs: request.costs, on: day, of: grant)
            return Change(status: request.amount == grant.remaining ? .paid : .approved,
                          payment: Payment(day: day, amount: request.amount, isRepayment: false, isFinal: false, requestID: request.id))
        }
        let due = finalAmount(of: request, on: grant)
        guard due > .zero else {
            throw PortfolioError.refused(Message("request.nothing_due", grant.naming.merging(["paid": .money(grant.paid)]) { $1 }))
        }
        return Change(status: .closed, decidedOn: day, releasedOn: day,
                      payment: Payment(day: day, amount: due, isRepayment: false, isFinal: true, requestID: request.id))
    }

    /// What a final request pays: the least of what remains, what it asked, and
    /// max-share × its documented costs (rounded down to whole øre) less what was paid.
    public static func finalAmount(of request: PaymentRequest, on grant: Grant) -> Money {
        var due = min(grant.remaining, request.amount)
        if let share = grant.conditions.maxShare {
            due = min(due, max(.zero, share.of(request.costs) - grant.paid))
        }
        return due
    }

    /// A part payment: never after the completion day, never more than remains,
    /// never into the holdback, never beyond the largest share of the costs documented.
    static func partPayment(_ amount: Money, costs: Money, on day: Day, of grant: Grant) throws {
        if let completion = grant.conditions.completion, day > completion {
            throw PortfolioError.refused(Message("request.part_after_completion", grant.naming.merging(
                ["day": .day(day), "completion": .day(completion)]) { $1 }))
        }
        guard amount <= grant.remaining else {
            throw PortfolioError.refused(Message("grant.pay.too_much", grant.naming.merging(
                ["remaining": .money(grant.remaining), "amount": .money(amount), "excess": .money(amount - grant.remaining)]) { $1 }))
        }
        let free = grant.remaining - grant.holdbackAmount
        guard amount <= free else {
            throw PortfolioError.refused(Message("request.into_holdback", grant.naming.merging([
                "amount": .money(amount), "holdback": .money(grant.holdbackAmount), "free": .money(max(.zero, free)),
            ]) { $1 }))
        }
        if let share = grant.conditions.maxShare, amount > share.of(costs) - grant.paid {
            throw PortfolioError.refused(Message("request.above_share", [
                "amount": .money(amount), "share": share.argument, "costs": .money(costs), "cover": .money(share.of(costs)),
                "paid": .money(grant.paid),
            ]))
        }
    }
}

extension GrantRules {
    /// The completion date moved later (an extension): only on an open grant, never earlier.
    static func laterCompletion(_ completion: Day, of grant: Grant) throws {
        guard grant.status == .approved, let current = grant.conditions.completion ?? grant.approvedOn else {
            throw PortfolioError.refused(Message("grant.update.completion_not_open", grant.naming))
        }
        guard completion >= current else {
            throw PortfolioError.refused(Message("grant.update.completion_earlier", ["completion": .day(completion), "current": .day(current)]))
        }
    }
}
