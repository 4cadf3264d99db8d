import SQLite

extension GrantRepository {
    /// Records a payment request on an approved grant, every rule of
    /// `GrantRules.request` checked first; returns its id.
    ///
    ///     let request = try grants.request(7, PaymentRequestDraft(date: day, amount: Money(kroner: 90_000),
    ///                                                             costs: Money(kroner: 300_000)))
    public func request(_ id: Int64, _ draft: PaymentRequestDraft) throws -> Int64 {
        try db.write {
            let grant = try self.grant(id)
            try GrantRules.request(draft, on: grant, earlier: try requests(id))
            try db.connection.execute("""
                INSERT INTO payment_request (grant_id, requested_on, amount_ore, costs_ore, is_final, report) VALUES (?, ?, ?, ?, ?, ?)
                """, [id, draft.date.iso, draft.amount.ore, draft.costs.ore, draft.isFinal,
                      try Text.freeText(draft.report, of: "text.what.report")])
            return db.connection.lastInsertedRowID
        }
    }

    /// Pays a request of the grant: a part request what it asked, a final one what
    /// `GrantRules.finalAmount` gives, releasing the rest that day.
    ///
    ///     try grants.pay(7, request: 3, on: day)
    public func pay(_ id: Int64, request requestID: Int64, on day: Day) throws {
        try change(id) { grant in
            guard let request = try requests(grant.id).first(where: { $0.id == requestID }) else {
                throw PortfolioError.notFound(Message("request.not_found", ["request": .text("\(requestID)"), "grant": .text("\(id)")]))
            }
            return try GrantRules.payment(of: request, on: day, to: grant)
        }
    }

    /// The grant's payment requests with what was paid on each, by date.
    ///
    ///     let unpaid = try grants.requests(7).filter { $0.paidOn == nil }
    public func requests(_ id: Int64) throws -> [PaymentRequest] {
        try db.connection.rows("""
            SELECT payment_request.id, requested_on, payment_request.amount_ore, costs_ore, payment_request.is_final, report,
                   payment.paid_on, payment.amount_ore
            FROM payment_request LEFT JOIN payment ON payment.request_id = payment_request.id
            WHERE payment_request.grant_id = ? ORDER BY requested_on, payment_request.id
            """, [id]).map { row in
                PaymentRequest(id: try row.get(0), grantID: id, requestedOn: try row.get(1, as: Day.self),
                               amount: Money(ore: try row.get(2)), costs: Money(ore: try row.get(3)), isFinal: try row.get(4),
                               report: try row.get(5), paidOn: try row.get(6, as: Day?.self),
                               paidAmount: try row.get(7, as: Int64?.self).map(Money.init(ore:)))
            }
    }
}
