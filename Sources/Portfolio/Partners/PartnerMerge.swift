import SQLite

/// A duplicate partner merged into the one kept: nothing is deleted.
///
///     try PartnerRepository(db).merge(keep: "974760673", duplicate: "7", reason: "Registrert to ganger")
extension PartnerRepository {
    /// Moves every grant, project role, de minimis declaration and group membership
    /// of `duplicate` to `keep`, in one transaction, and retires the duplicate: it
    /// stays, marked merged into `keep` with the reason, gives up its name key (so
    /// the name finds `keep` alone) and hands `keep` its organisation number and
    /// group when `keep` has none. Refused for the same partner twice, an unknown or
    /// merged one, two partners with different roles in one project, or in different groups.
    public func merge(keep keepReference: String, duplicate duplicateReference: String, reason: String) throws {
        try db.write {
            let reason = try Text.correctionReason(reason)
            let keep = try partner(try resolve(keepReference))
            let duplicate = try partner(try resolve(duplicateReference))
            guard keep.id != duplicate.id else {
                throw PortfolioError.refused(Message("partner.merge_same", ["partner": .text("\(keep.id)")]))
            }
            try refuseDifferentRoles(keep, duplicate)
            if let kept = keep.group, let other = duplicate.group, kept != other {
                throw PortfolioError.refused(Message("partner.merge_groups_differ", [
                    "keep": .text("\(keep.id)"), "keep_group": .text(kept), "duplicate": .text("\(duplicate.id)"), "duplicate_group": .text(other),
                ]))
            }
            let groupID: Int64? = try db.connection.scalar("SELECT group_id FROM partner WHERE id = ?", [duplicate.id])
            // The duplicate is retired first: the grant trigger lets an approved grant's
            // recipient move only to the partner its recipient was merged into.
            try db.connection.execute("""
                UPDATE partner SET merged_into = ?, merge_reason = ?, name_key = NULL, group_id = NULL,
                                   orgnr = CASE WHEN ? THEN NULL ELSE orgnr END
                WHERE id = ?
                """, [keep.id, reason, keep.orgnr == nil, duplicate.id])
            try db.connection.execute("UPDATE partner SET group_id = coalesce(group_id, ?), orgnr = coalesce(orgnr, ?) WHERE id = ?",
                                      [groupID, duplicate.orgnr?.digits, keep.id])
            try moveReferences(from: duplicate.id, to: keep.id)
        }
    }

    /// Refuses the merge when the two take part in one project with different roles:
    /// which of them is meant there is for a person to say.
    private func refuseDifferentRoles(_ keep: Partner, _ duplicate: Partner) throws {
        var roles: [Int64: [Int64: [PartnerRole]]] = [:]
        for row in try db.connection.rows("""
            SELECT project_id, partner_id, role FROM project_partner WHERE partner_id IN (?, ?) ORDER BY project_id, role
            """, [keep.id, duplicate.id]) {
            let project: Int64 = try row.get(0), partner: Int64 = try row.get(1)
            roles[project, default: [:]][partner, default: []].append(try PartnerRole(parsing: try row.get(2)))
        }
        for project in roles.keys.sorted() {
            guard let kept = roles[project]?[keep.id], let other = roles[project]?[duplicate.id], kept != other else { continue }
            throw PortfolioError.refused(Message("partner.merge_roles_differ", [
                "project": .text("\(project)"), "keep": .text("\(keep.id)"), "duplicate": .text("\(duplicate.id)"),
                "keep_roles": .list(kept.map { .message($0.words) }), "duplicate_roles": .list(other.map { .message($0.words) }),
            ]))
        }
    }

    /// Points every row that refers to the duplicate at the partner kept. A role both
    /// hold in a project stays once, the kept one's, with the duplicate's contribution
    /// when it has none. Every table that refers to a partner is found in the schema,
    /// so one added later follows too.
    private func moveReferences(from duplicate: Int64, to keep: Int64) throws {
        let connection = db.connection
        try connection.execute("""
            UPDATE project_partner SET contribution_ore = coalesce(contribution_ore, (
                SELECT other.contribution_ore FROM project_partner AS other
                WHERE other.partner_id = ?2 AND other.project_id = project_partner.project_id AND other.role = project_partner.role))
            WHERE partner_id = ?1
            """, [keep, duplicate])
        try connection.execute("""
            DELETE FROM project_partner WHERE partner_id = ?2 AND EXISTS (
                SELECT 1 FROM project_partner AS kept
                WHERE kept.partner_id = ?1 AND kept.project_id = project_partner.project_id AND kept.role = project_partner.role)
            """, [keep, duplicate])
        let references = try connection.rows("""
            SELECT list.name, keys."from" FROM pragma_table_list AS list JOIN pragma_foreign_key_list(list.name) AS keys
            WHERE list.schema = 'main' AND list.type = 'table' AND keys."table" = 'partner' AND list.name <> 'partner'
            ORDER BY list.name, keys."from"
            """)
        for row in references {
            let table = quoted(try row.get(0, as: String.self))
            let column = quoted(try row.get(1, as: String.self))
            try connection.execute("UPDATE \(table) SET \(column) = ? WHERE \(column) = ?", [keep, duplicate])
        }
    }
}
