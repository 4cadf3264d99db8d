extension Catalogue {
    /// CSV files read in, and exports.
    static let bokmalImport: KeyValuePairs<Message.Key, String> = [
        "csv.quote_open": "et felt i anførselstegn blir aldri lukket",
        "csv.record_too_long": "en post på over 1 MB begynner her; mon leser poster på opptil 1 MB (står et anførselstegn åpent?)",
        "csv.stray_quote": "et anførselstegn (\") inne i et felt som ikke begynner med ett; sett hele feltet i anførselstegn og doble anførselstegnene inni",
        "csv.text_after_quote": "tekst etter det avsluttende anførselstegnet i et felt",
        "csv.not_utf8": "teksten er ikke UTF-8 (kanskje Latin-1); lagre filen som UTF-8",
        "export.unknown": "ingenting å eksportere som heter '{name}'; velg projects, partners, eller en tabell eller visning fra docs/schema.md",
        "import.grant_needs_column": "et tilsagn som er {status}, trenger {column}",
        "import.grant_needs_approved_on": "et tilsagn som er {status}, trenger approved_on",
        "import.approved_not_status": "et tilsagn med approved_on kan ikke være {status}",
        "import.figures_disagree": "tallene gjør tilsagnet {figures}, ikke {status}: kontroller paid og amount_approved",
        "import.cannot_read": "kan ikke lese {path}",
        "import.field_count": "{fields} felt, men overskriftsraden har {columns}",
        "import.empty": "{path} er tom: den trenger en overskriftsrad",
        "import.unknown_column": "ukjent kolonne '{column}'; {kind} har {columns}",
        "import.column_missing": "kolonnen '{column}' mangler",
        "import.column_twice": "kolonnen '{column}' står to ganger",
        "import.column_empty": "{column} er tom; den må fylles ut",
        "import.not_an_id": "'{text}' er ikke en id (et helt tall over 0)",
    ]
}
