extension Catalogue {
    /// Help of `category`, `fund annual` and the approval's `--category` and `--target`.
    static let englishHelpFundYear: KeyValuePairs<Message.Key, String> = [
        "help.category.abstract": "The reporting categories a grant is approved under.",
        "help.category.discussion": """
            The list starts with KMD's categories for kommunale næringsfond, as reported to \
            Regionalforvaltning; add the codes your fund also reports under.

            Examples:
              mon category list
              mon category add 9000 --name "Lokal ordning" --name-en "Local scheme"
            """,
        "help.category.list.abstract": "List the reporting categories, by code.",
        "help.category.add.abstract": "Add a reporting category.",
        "help.category.add.discussion": "Example:\n  mon category add 9000 --name \"Lokal ordning\" --name-en \"Local scheme\"",
        "help.category.add.code": "The code, like 1310: letters, digits, '.', '_' or '-'.",
        "help.category.add.name": "The category's name in Norwegian (bokmål).",
        "help.category.add.name_en": "The category's name in English (else the Norwegian name is shown).",
        "help.grant.approve.category": "The reporting category's code (mon category list), like 1310.",
        "help.grant.approve.target": "A target group the grant reaches: women, young or immigrants (kvinner, unge, innvandrere); repeat for more.",
        "help.fund.annual.abstract": "The year's grants by reporting category and by target group.",
        "help.fund.annual.discussion": """
            Counts the grants approved in the year and not annulled: how many, the amount granted, and \
            what was paid out on them in the year (paid_in_year). Each grant counts once by category; a \
            grant that reaches two target groups counts in both, so the target rows may add up to more \
            than the total.

            Examples:
              mon fund annual --year 2025
              mon fund annual --year 2025 --fund "Kommunalt næringsfond" --format csv
              mon fund annual --year 2025 --xlsx -o naeringsfond-2025.xlsx
            """,
        "help.fund.annual.year": "The year the grants were approved in.",
        "help.fund.annual.fund": "The fund, by name or id (default: every fund).",
        "help.fund.annual.xlsx": "Write an Excel workbook to the file given with -o.",
    ]
}
