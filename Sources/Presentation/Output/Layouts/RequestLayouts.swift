import Portfolio

extension Layout where Value == PaymentRequest {
    /// A payment request, with the day and amount it was paid (empty while unpaid).
    public static var paymentRequest: Layout {
        Layout([
            Column("id") { .integer($0.id) }, Column("requested_on") { .day($0.requestedOn) },
            Column("amount") { .money($0.amount) }, Column("costs") { .money($0.costs) }, Column("final") { .bool($0.isFinal) },
            Column("paid_on") { .optional($0.paidOn) }, Column("paid_amount") { .optional($0.paidAmount) },
            Column("report") { .optional($0.report) },
        ])
    }
}

extension Layout where Value == String {
    /// A condition of a grant in words.
    static var conditionText: Layout {
        Layout([Column("text") { .text($0) }])
    }
}

extension Cell {
    /// A percentage of a condition: `12,07` for a person (the header says %), `12.07` for programs.
    static func percentage(_ value: Percentage?) -> Cell {
        value.map { .rounded($0.percent, places: 2) } ?? .null
    }
}
