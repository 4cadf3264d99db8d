import SQLite

/// Partners in the database: add, change, find and list them.
///
///     let partners = PartnerRepository(db)
///     let id = try partners.add(name: "Vefsn kommune", orgnr: try OrganisationNumber(parsing: "974760673"), kind: .public)
///     try partners.update("974 760 673") { $0.municipality = "Vefsn" }
public struct PartnerRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Registers a partner and returns its id. Refuses a name without a letter
    /// or digit or with a control character, a name another partner has (in
    /// any case or Unicode form) unless both have organisation numbers, and an
    /// organisation number another partner has.
    @discardableResult
    public func add(name: String, orgnr: OrganisationNumber? = nil, kind: PartnerKind = .company,
                    municipality: String? = nil, group: String? = nil, id: Int64? = nil) throws -> Int64 {
        try db.write {
            var partner = Partner(id: id ?? 0, name: name, orgnr: orgnr, kind: kind, municipality: municipality, group: group)
            try validate(&partner)
            if let id, try exists(id) {
                throw PortfolioError.refused(Message("partner.exists", ["id": .text("\(id)")]))
            }
            try db.connection.execute("""
                INSERT INTO partner (id, name, orgnr, kind, municipality, group_id, name_key) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [id, partner.name, partner.orgnr?.digits, partner.kind.rawValue, partner.municipality,
                      try groupID(partner.group), Text.nameKey(partner.name)])
            return db.connection.lastInsertedRowID
        }
    }

    /// Changes a partner: `change` edits a copy, which is checked and stored whole.
    public func update(_ reference: String, _ change: (inout Partner) throws -> Void) throws {
        try db.write {
            var partner = try self.partner(try resolve(reference))
            try change(&partner)
            try validate(&partner)
            try db.connection.execute("""
                UPDATE partner SET name = ?, orgnr = ?, kind = ?, municipality = ?, group_id = ?, name_key = ? WHERE id = ?
                """, [partner.name, partner.orgnr?.digits, partner.kind.rawValue, partner.municipality,
                      try groupID(partner.group), Text.nameKey(partner.name), partner.id])
        }
    }

    /// Every partner, by name; optionally only of one kind or one group. A partner
    /// merged into another is retired: it is not listed (`detail` still shows it).
    public func list(kind: PartnerKind? = nil, group: String? = nil) throws -> [Partner] {
        try db.connection.rows(Self.select + """
             WHERE (?1 IS NULL OR partner.kind = ?1) AND (?2 IS NULL OR partner_group.name = ?2) AND partner.merged_into IS NULL
             ORDER BY partner.name COLLATE norwegian, partner.id
            """, [kind?.rawValue, group]).map(Self.partner(from:))
    }

    /// A partner with its group's other members and its roles in projects.
    public func detail(_ reference: String) throws -> PartnerDetail {
        let partner = try self.partner(try find(reference))
        let members = try partner.group.map { group in
            try list(group: group).filter { $0.id != partner.id }
        } ?? []
        let roles = try db.connection.rows("""
            SELECT project.id, project.name, project_partner.role, project_partner.contribution_ore
            FROM project_partner JOIN project ON project.id = project_partner.project_id
            WHERE project_partner.partner_id = ? ORDER BY project.id, project_partner.role
            """, [partner.id]).map { row in
            ProjectRole(projectID: try row.get(0), projectName: try row.get(1), partnerID: partner.id,
                        partnerName: partner.name, role: try PartnerRole(parsing: try row.get(2)),
                        contribution: try row.get(3, as: Int64?.self).map(Money.init(ore:)))
        }
        return PartnerDetail(partner: partner, groupMembers: members, roles: roles)
    }

    /// The partner's id from its id, its organisation number (9 digits, spaces
    /// allowed) or its exact name (any case); refused for a partner merged into
    /// another, naming the one kept.
    public func resolve(_ reference: String) throws -> Int64 {
        let id = try find(reference)
        if let kept: Int64 = try db.connection.scalar("SELECT merged_into FROM partner WHERE id = ?", [id]) {
            throw PortfolioError.refused(Message("partner.merged", ["partner": .text("\(id)"), "kept": .text("\(kept)")]))
        }
        return id
    }

    /// The partner's id as `resolve` finds it, a merged one too; a name finds only partners not merged.
    func find(_ reference: String) throws -> Int64 {
        let text = reference.trimmed
        let digits = text.filter { $0 != " " }
        if digits.count == 9, digits.allSatisfy(\.isNumber) {
            let orgnr = try OrganisationNumber(parsing: digits)
            if let id: Int64 = try db.connection.scalar("SELECT id FROM partner WHERE orgnr = ?", [orgnr.digits]) { return id }
            throw PortfolioError.notFound(Message("partner.orgnr_not_found", ["orgnr": .text(orgnr.digits)]))
        }
        if let id = Int64(text), id > 0 {
            guard try exists(id) else { throw PortfolioError.notFound(Message("partner.not_found", ["id": .text("\(id)")])) }
            return id
        }
        var matches = try named(text, merged: false)
        if matches.isEmpty {
            // A merged duplicate's name finds the partner it was merged into.
            matches = try named(text, merged: true).map(kept).uniqued()
        }
        guard let first = matches.first else {
            throw PortfolioError.notFound(Message("partner.name_not_found", ["reference": .text(reference)]))
        }
        guard matches.count == 1 else {
            throw PortfolioError.refused(Message("partner.name_ambiguous", ["count": .text("\(matches.count)"), "reference": .text(reference)]))
        }
        return first
    }

    /// The partners with this name, any case, among those merged or those not.
    private func named(_ name: String, merged: Bool) throws -> [Int64] {
        let condition = merged ? "merged_into IS NOT NULL" : "merged_into IS NULL"
        let exact = try db.connection.rows("SELECT id FROM partner WHERE name = ? AND \(condition)", [name]).map { try $0.get(0, as: Int64.self) }
        guard exact.isEmpty else { return exact }
        // SQLite folds only ASCII letters; Swift folds Æ, Ø and Å too.
        let wanted = name.lowercased()
        return try db.connection.rows("SELECT id, name FROM partner WHERE \(condition)").compactMap { row in
            try row.get(1, as: String.self).lowercased() == wanted ? try row.get(0, as: Int64.self) : nil
        }
    }

    /// The partner a merged one was merged into, following merges of merges.
    private func kept(_ id: Int64) throws -> Int64 {
        var current = id
        while let next: Int64 = try db.connection.scalar("SELECT merged_into FROM partner WHERE id = ?", [current]) { current = next }
        return current
    }

    func partner(_ id: Int64) throws -> Partner {
        guard let row = try db.connection.row(Self.select + " WHERE partner.id = ?", [id]) else {
            throw PortfolioError.notFound(Message("partner.not_found", ["id": .text("\(id)")]))
        }
        return try Self.partner(from: row)
    }

    func exists(_ id: Int64) throws -> Bool {
        try db.connection.scalar("SELECT count(*) FROM partner WHERE id = ?", [id], as: Int64.self) == 1
    }

    private func validate(_ partner: inout Partner) throws {
        partner.name = try Text.name(partner.name, of: "text.what.partner")
        partner.municipality = try Text.optionalName(partner.municipality, of: "text.what.municipality")
        partner.group = try Text.optionalName(partner.group, of: "text.what.group")
        try checkNameIsFree(partner)
        if let orgnr = partner.orgnr,
           let holder = try db.connection.row("SELECT id, name FROM partner WHERE orgnr = ? AND id <> ?", [orgnr.digits, partner.id]) {
            throw PortfolioError.refused(Message("partner.orgnr_taken", ["orgnr": .text(orgnr.digits), "holder": .text(try holder.get(1, as: String.self)), "partner": .text("\(try holder.get(0, as: Int64.self))")]))
        }
    }

    /// Refuses a name another partner has, in any case or Unicode form, unless both
    /// have an organisation number; the trigger `partner_name_is_unique_*` states
    /// the same rule in the database. Keys missing (rows from before the rule, or
    /// from another client) are made first.
    private func checkNameIsFree(_ partner: Partner) throws {
        // A merged partner has given up its key (and its name) to the one kept.
        for row in try db.connection.rows("SELECT id, name FROM partner WHERE name_key IS NULL AND merged_into IS NULL") {
            try db.connection.execute("UPDATE partner SET name_key = ? WHERE id = ?",
                                      [Text.nameKey(try row.get(1, as: String.self)), try row.get(0, as: Int64.self)])
        }
        guard let holder = try db.connection.row("""
            SELECT id, name FROM partner WHERE name_key = ? AND id <> ? AND (orgnr IS NULL OR ? IS NULL) ORDER BY id LIMIT 1
            """, [Text.nameKey(partner.name), partner.id, partner.orgnr?.digits]) else { return }
        throw PortfolioError.refused(Message("partner.name_taken", ["partner": .text("\(try holder.get(0, as: Int64.self))"), "name": .text(try holder.get(1, as: String.self))]))
    }

    /// The id of the named group, created when it is new.
    private func groupID(_ name: String?) throws -> Int64? {
        guard let name else { return nil }
        if let id: Int64 = try db.connection.scalar("SELECT id FROM partner_group WHERE name = ?", [name]) { return id }
        try db.connection.execute("INSERT INTO partner_group (name) VALUES (?)", [name])
        return db.connection.lastInsertedRowID
    }

    static let select = """
        SELECT partner.id, partner.name, partner.orgnr, partner.kind, partner.municipality, partner_group.name AS group_name,
               partner.merged_into, partner.merge_reason
        FROM partner LEFT JOIN partner_group ON partner_group.id = partner.group_id
        """

    static func partner(from row: Row) throws -> Partner {
        Partner(id: try row.get("id"), name: try row.get("name"),
                orgnr: try row.get("orgnr", as: String?.self).map(OrganisationNumber.init(parsing:)),
                kind: try PartnerKind(parsing: try row.get("kind")),
                municipality: try row.get("municipality"), group: try row.get("group_name"),
                mergedInto: try row.get("merged_into"), mergeReason: try row.get("merge_reason"))
    }
}
