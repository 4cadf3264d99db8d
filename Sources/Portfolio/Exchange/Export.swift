import SQLite

extension PortfolioDatabase {
    /// Names `export` knows: the import shapes first, then every table and view.
    public func exportNames() throws -> [String] {
        ImportKind.allCases.map(\.rawValue) + (try connection.rows("""
            SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY type, name
            """).map { try $0.get(0, as: String.self) })
    }

    /// The rows to export under `name`: `projects` and `partners` in the shape
    /// `importCSV` reads back; any other name is a table or view, exported as it is.
    public func export(_ name: String) throws -> Table {
        switch ImportKind(rawValue: name) {
        case .projects?: return try exportProjects()
        case .partners?: return try exportPartners()
        case .grants?: return try exportGrants()
        case nil: break
        }
        guard try exportNames().contains(name) else {
            throw PortfolioError.notFound(Message("export.unknown", ["name": .text(name)]))
        }
        // The name is one of the schema's own, checked above; quoted as an identifier all the same.
        let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return Table(try query("SELECT * FROM \(quoted) ORDER BY 1"))
    }

    private func exportProjects() throws -> Table {
        Table(columns: ImportKind.projects.columns, rows: try ProjectRepository(self).list().map { project in
            [.integer(project.id), .text(project.name), .text(project.status.rawValue),
             .text(project.goals.joined(separator: ";")), .text(project.strategies.joined(separator: ";")),
             .optional(project.startDate), .optional(project.endDate), .optional(project.budget),
             .optional(project.responsible), .optional(project.description)]
        })
    }

    private func exportPartners() throws -> Table {
        Table(columns: ImportKind.partners.columns, rows: try PartnerRepository(self).list().sorted { $0.id < $1.id }.map { partner in
            [.integer(partner.id), .text(partner.name), .optional(partner.orgnr?.digits), .text(partner.kind.rawValue),
             .optional(partner.municipality), .optional(partner.group)]
        })
    }

    private func exportGrants() throws -> Table {
        let repository = GrantRepository(self)
        return Table(columns: ImportKind.grants.columns, rows: try repository.list().map { grant in
            let payments = try repository.payments(grant.id)
            return [
                .integer(grant.id), .text(grant.fund), .integer(grant.applicantID), grant.projectID.map(Cell.integer) ?? .null,
                .optional(grant.purpose), .text(grant.basis.rawValue), .money(grant.amountApplied), .money(grant.totalCost),
                .day(grant.receivedOn), .text(grant.status.rawValue), .optional(grant.approvedOn), .optional(grant.amountApproved),
                .optional(grant.deadline), .optional(grant.caseReference), grant.eurRate.map(Cell.number) ?? .null,
                .optional(grant.intensityReason), .optional(grant.decidedOn),
                grant.paid > .zero ? .money(grant.paid) : .null, .optional(payments.last { !$0.isRepayment }?.paidOn),
                grant.repaid > .zero ? .money(grant.repaid) : .null, .optional(payments.last { $0.isRepayment }?.paidOn),
            ]
        })
    }
}
