extension Catalogue {
    /// The fund and its allocations.
    static let englishFund: KeyValuePairs<Message.Key, String> = [
        "fund.exists": "there is already a fund named '{name}'",
        "fund.not_a_year": "{year} is not a year",
        "fund.allocation_not_positive": "an allocation must be more than 0 kr",
        "fund.allocations_too_large": "the funds' allocations would come to more than {most}, the most mon adds up; {allocated} is allocated already",
        "fund.name_needed": "name the fund with --fund: there are {count} funds",
        "fund.not_found": "there is no fund '{wanted}'; the funds are {funds}",
    ]
}
