import Portfolio

extension Layout where Value == Allocation {
    /// What `fund allocation list` shows: every allocation with its id, annulled ones marked and saying why.
    public static var allocation: Layout {
        Layout([
            Column("id") { .integer($0.id) }, Column("fund") { .text($0.fund) }, Column("year") { .count($0.year) },
            Column("amount") { .money($0.amount) }, Column("reference", header: "allocation_reference") { .optional($0.reference) },
            Column("annulled", header: "allocation_annulled") { .bool($0.isAnnulled) },
            Column("annul_reason", header: "allocation_annul_reason") { .optional($0.annulReason) },
        ])
    }
}
