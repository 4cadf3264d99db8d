extension Catalogue {
    /// Reporting categories, target groups and the fund's yearly report (`fund annual`).
    static let englishFundYear: KeyValuePairs<Message.Key, String> = [
        "category.exists": "there is already a reporting category {code}",
        "category.unknown": "there is no reporting category {code}: the categories are {known} (add one with `mon category add CODE --name NAME`)",
        "category.bad_code": "'{code}' is not a category code: write 1 to 20 letters, digits, '.', '_' or '-', like 1310",
        "text.what.category": "the category's name",
        "target_group.noun": "target group",
        "target_group.women": "women",
        "target_group.young": "young",
        "target_group.immigrants": "immigrants",
        "annual.dimension.category": "category",
        "annual.dimension.target": "target group",
        "annual.dimension.total": "total",
        "annual.total": "All the year's grants",
        "annual.no_category": "No category given",
        "annual.no_target": "No target group given",
        "annual.sheet": "Fund {year}",
        "annual.output_needs_xlsx": "-o writes the workbook: give --xlsx with it, or leave -o out to print the report",
        "header.dimension": "counted by",
        "header.grants": "grants",
        "header.paid_in_year": "paid in the year",
        "header.name_en": "name in English",
        "header.category": "category",
        "header.targets": "target groups",
    ]
}
