import Portfolio

extension Layout where Value == MonthlyRate {
    /// A month's EUR reference rate: `month` ISO (`2024-03`), the rate a number in CSV and JSON.
    public static var monthlyRate: Layout {
        Layout([
            Column("month") { .text($0.month.iso) }, Column("nok_per_eur") { .number($0.rate.nokPerEuro) },
            Column("set_by") { .text($0.setBy) }, Column("set_at") { .moment($0.setAt) },
        ])
    }
}
