extension Catalogue {
    /// Hjelp til `category`, `fund annual` og vedtakets `--category` og `--target`.
    static let bokmalHelpFundYear: KeyValuePairs<Message.Key, String> = [
        "help.category.abstract": "Rapporteringskategoriene et tilsagn innvilges under.",
        "help.category.discussion": """
            Listen begynner med KMDs kategorier for kommunale næringsfond, slik de rapporteres til \
            Regionalforvaltning; legg til kodene fondet ellers rapporterer under.

            Eksempler:
              mon category list
              mon category add 9000 --name "Lokal ordning" --name-en "Local scheme"
            """,
        "help.category.list.abstract": "Vis rapporteringskategoriene, etter kode.",
        "help.category.add.abstract": "Legg til en rapporteringskategori.",
        "help.category.add.discussion": "Eksempel:\n  mon category add 9000 --name \"Lokal ordning\" --name-en \"Local scheme\"",
        "help.category.add.code": "Koden, som 1310: bokstaver, sifre, «.», «_» eller «-».",
        "help.category.add.name": "Kategoriens navn på bokmål.",
        "help.category.add.name_en": "Kategoriens navn på engelsk (ellers vises det norske navnet).",
        "help.grant.approve.category": "Rapporteringskategoriens kode (mon category list), som 1310.",
        "help.grant.approve.target": "En målgruppe tilsagnet når: kvinner, unge eller innvandrere (women, young, immigrants); gjenta for flere.",
        "help.fund.annual.abstract": "Årets tilsagn fordelt på rapporteringskategori og målgruppe.",
        "help.fund.annual.discussion": """
            Teller tilsagnene innvilget i året og ikke annullert: hvor mange, beløpet innvilget, og hva \
            som ble utbetalt på dem i året (paid_in_year). Hvert tilsagn telles én gang etter kategori; et \
            tilsagn som når to målgrupper, telles i begge, så målgrupperadene kan summere til mer enn totalen.

            Eksempler:
              mon fund annual --year 2025
              mon fund annual --year 2025 --fund "Kommunalt næringsfond" --format csv
              mon fund annual --year 2025 --xlsx -o naeringsfond-2025.xlsx
            """,
        "help.fund.annual.year": "Året tilsagnene ble innvilget.",
        "help.fund.annual.fund": "Fondet, ved navn eller id (standard: alle fond).",
        "help.fund.annual.xlsx": "Skriv en Excel-arbeidsbok til filen gitt med -o.",
    ]
}
