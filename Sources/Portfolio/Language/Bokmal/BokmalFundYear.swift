extension Catalogue {
    /// Rapporteringskategorier, målgrupper og fondets årsrapport (`fund annual`).
    static let bokmalFundYear: KeyValuePairs<Message.Key, String> = [
        "category.exists": "det finnes allerede en rapporteringskategori {code}",
        "category.unknown": "det finnes ingen rapporteringskategori {code}: kategoriene er {known} (legg til en med `mon category add KODE --name NAVN`)",
        "category.bad_code": "«{code}» er ingen kategorikode: skriv 1 til 20 bokstaver, sifre, «.», «_» eller «-», som 1310",
        "text.what.category": "kategoriens navn",
        "target_group.noun": "målgruppe",
        "target_group.women": "kvinner",
        "target_group.young": "unge",
        "target_group.immigrants": "innvandrere",
        "annual.dimension.category": "kategori",
        "annual.dimension.target": "målgruppe",
        "annual.dimension.total": "i alt",
        "annual.total": "Alle årets tilsagn",
        "annual.no_category": "Uten kategori",
        "annual.no_target": "Uten målgruppe",
        "annual.sheet": "Fond {year}",
        "annual.output_needs_xlsx": "-o skriver arbeidsboken: gi --xlsx sammen med den, eller utelat -o for å skrive ut rapporten",
        "header.dimension": "fordelt på",
        "header.grants": "tilsagn",
        "header.paid_in_year": "utbetalt i året",
        "header.name_en": "navn på engelsk",
        "header.category": "kategori",
        "header.targets": "målgrupper",
    ]
}
