extension Catalogue {
    /// CSV files read in, and exports.
    static let englishImport: KeyValuePairs<Message.Key, String> = [
        "csv.quote_open": "a quoted field is never closed",
        "csv.record_too_long": "a record longer than 1 MB begins here; mon reads records up to 1 MB (is a quote left open?)",
        "csv.stray_quote": "a quote (\") inside a field that does not start with one; quote the whole field and double the quotes inside it",
        "csv.text_after_quote": "text after the closing quote of a field",
        "csv.not_utf8": "the text is not UTF-8 (perhaps Latin-1); save the file as UTF-8",
        "export.unknown": "nothing to export named '{name}'; choose projects, partners, or a table or view of docs/schema.md",
        "import.grant_needs_column": "a {status} grant needs {column}",
        "import.grant_needs_approved_on": "a {status} grant needs approved_on",
        "import.approved_not_status": "a grant with approved_on cannot be {status}",
        "import.figures_disagree": "the figures make the grant {figures}, not {status}: check paid and amount_approved",
        "import.cannot_read": "cannot read {path}",
        "import.field_count": "{fields} fields, but the header has {columns}",
        "import.empty": "{path} is empty: it needs a header row",
        "import.unknown_column": "unknown column '{column}'; {kind} have {columns}",
        "import.column_missing": "the column '{column}' is missing",
        "import.column_twice": "the column '{column}' stands twice",
        "import.column_empty": "{column} is empty; it is required",
        "import.not_an_id": "'{text}' is not an id (a whole number above 0)",
    ]
}
