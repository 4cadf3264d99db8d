extension Catalogue {
    /// The fund and its allocations.
    static let bokmalFund: KeyValuePairs<Message.Key, String> = [
        "fund.exists": "det finnes allerede et fond som heter '{name}'",
        "fund.not_a_year": "{year} er ikke et årstall",
        "fund.allocation_not_positive": "en bevilgning må være mer enn 0 kr",
        "fund.allocations_too_large": "fondenes bevilgninger ville komme over {most}, det meste mon summerer; {allocated} er allerede bevilget",
        "fund.name_needed": "angi fondet med --fund: det finnes {count} fond",
        "fund.not_found": "fondet '{wanted}' finnes ikke; fondene er {funds}",
    ]
}
