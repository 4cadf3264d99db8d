extension Catalogue {
    /// What the command line itself says.
    static let bokmalCommandLine: [Message.Key: String] = [
        "cli.default_folder_not_made": "kan ikke opprette mappen {folder} for standarddatabasen; oppgi en med --db eller MON_DB",
        "cli.import_kind_unknown": "kan ikke importere '{kind}'; velg {kinds}",
        "cli.stdout_short_write": "kan ikke skrive til standard ut: ikke alt ble skrevet",
        "cli.stdout_full": "kan ikke skrive til standard ut: disken er full",
        "cli.import_checked.projects": "kontrollerte {rows} prosjekter: alle ville blitt importert (prøvekjøring: ingenting skrevet)",
        "cli.import_checked.partners": "kontrollerte {rows} partnere: alle ville blitt importert (prøvekjøring: ingenting skrevet)",
        "cli.import_checked.grants": "kontrollerte {rows} tilsagn: alle ville blitt importert (prøvekjøring: ingenting skrevet)",
        "cli.imported.projects": "importerte {rows} prosjekter",
        "cli.imported.partners": "importerte {rows} partnere",
        "cli.imported.grants": "importerte {rows} tilsagn",
        "cli.backed_up": "sikkerhetskopierte {database} til {file}",
        "cli.weight_form": "vekter oppgis som NØKKEL=VEKT, som jobs=30, ikke '{text}'",
    ]
}
