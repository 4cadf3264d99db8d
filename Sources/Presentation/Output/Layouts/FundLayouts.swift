import Portfolio

extension Layout where Value == FundStatus {
    /// Where a fund's money stands (the figures of `FundStatus`); `year` only when one was asked for.
    public static var fundStatus: Layout {
        Layout([
            Column("fund") { .text($0.fund) }, Column("year", omittedWhenNull: true) { $0.year.map(Cell.count) ?? .null },
            Column("allocated") { .money($0.allocated) }, Column("committed") { .money($0.committed) },
            Column("disbursed") { .money($0.disbursed) }, Column("returned") { .money($0.returned) },
            Column("available") { .money($0.available) },
            // The figures beside them, under their own names; `disbursed` above is net disbursed.
            Column("granted") { .money($0.granted) }, Column("released") { .money($0.released) },
            Column("in_force") { .money($0.inForce) }, Column("paid") { .money($0.paid) }, Column("repaid") { .money($0.repaid) },
        ])
    }
}

extension Layout where Value == Fund {
    public static var fund: Layout {
        Layout([Column("id") { .integer($0.id) }, Column("name") { .text($0.name) }, Column("description") { .optional($0.description) }])
    }
}

extension Layout where Value == FundParameter {
    /// `fund param list`: a fund's own dated values.
    public static var fundParameter: Layout {
        Layout([
            Column("fund") { .text($0.fund) }, Column("key") { .text($0.key) }, Column("valid_from") { .day($0.validFrom) },
            Column("value") { .text($0.value) }, Column("set_by") { .text($0.setBy) },
        ])
    }
}
