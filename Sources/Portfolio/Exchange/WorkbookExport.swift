extension PortfolioDatabase {
    /// The export `name` as a workbook for a person: the rows `export(name)` gives
    /// the CSV; for projects, partners and grants the sheet's name and the headers in
    /// `language` (a table or view keeps its own names), and in the grants the
    /// applicant's name beside its id.
    ///
    ///     try db.exportWorkbook("grants", language: .bokmal).bytes()   // headers "ID", "Fond", "Søker-ID", "Søker" …
    public func exportWorkbook(_ name: String, language: Language) throws -> Workbook {
        var table = try export(name)
        guard let kind = ImportKind(rawValue: name) else { return Workbook(sheet: name, table: table, language: language) }
        if kind == .grants { table = try withApplicantNames(table) }
        table.headers = table.columns.map { Message(Message.Key(rawValue: "export.header." + $0)) }
        return Workbook(sheet: Message(Message.Key(rawValue: "export.sheet." + name)).text(in: language), table: table, language: language)
    }

    /// The table with an `applicant_name` column after `applicant`, which holds the partner's id.
    private func withApplicantNames(_ table: Table) throws -> Table {
        guard let column = table.columns.firstIndex(of: "applicant") else { return table }
        let names = Dictionary(uniqueKeysWithValues: try PartnerRepository(self).list().map { ($0.id, $0.name) })
        var named = table
        named.columns.insert("applicant_name", at: column + 1)
        named.headers.insert(Message(untranslated: "applicant_name"), at: column + 1)
        named.rows = table.rows.map { row in
            var row = row
            var name = Cell.null
            if case .integer(let id) = row[column] { name = .optional(names[id]) }
            row.insert(name, at: column + 1)
            return row
        }
        return named
    }
}
