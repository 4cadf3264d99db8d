import Portfolio

extension Layout where Value == FundAnnualRow {
    /// A line of `fund annual`: what it counts (`category`, `target` or `total`), the
    /// code, its name in the reader's language, and the figures. `paid_in_year` is
    /// the payments made in the year on the year's grants.
    public static var fundAnnual: Layout {
        Layout([
            Column("dimension") { .code($0.dimension.rawValue, label: Message(Message.Key(rawValue: "annual.dimension." + $0.dimension.rawValue))) },
            Column("code") { .optional($0.code) },
            Column("name") { row in .text(annualName(row)) },
            Column("grants") { .count($0.grants) }, Column("granted") { .money($0.granted) },
            Column("paid_in_year") { .money($0.paidInYear) },
        ])
    }

    /// The category's name, the target group in words, or what a row without a code stands for.
    private static func annualName(_ row: FundAnnualRow) -> String {
        let language = Language.current
        if let category = row.category { return category.name(in: language) }
        if let target = row.target { return target.words.text(in: language) }
        if row.dimension == .total { return Message("annual.total").text(in: language) }
        return Message(row.dimension == .category ? "annual.no_category" : "annual.no_target").text(in: language)
    }
}

extension Layout where Value == ReportingCategory {
    /// `category list`: the code and both names; a code added without an English name has none here.
    public static var reportingCategory: Layout {
        Layout([Column("code") { .text($0.code) }, Column("name") { .text($0.nameBokmal) }, Column("name_en") { .optional($0.nameEnglish) }])
    }
}
