import Foundation
import SQLite

extension GrantRepository {
    /// An approval as `grant approve` gives it: without a holdback typed, the fund's
    /// `holdback_default` of the approval day (none when it is 0). The import records
    /// past approvals as they were, without it.
    func withDefaultHoldback(_ approval: GrantApproval, fundID: Int64) throws -> GrantApproval {
        var approval = approval
        approval.conditions.holdback = try approval.conditions.holdback
            ?? ParameterRepository(db).holdbackDefault(fundID: fundID, on: approval.date)
        return approval
    }

    /// Writes the conditions of an approval, inside its transaction. An approval without
    /// any (every imported one) leaves the grant row alone: no second update for triggers to see.
    func recordConditions(_ conditions: GrantConditions, of id: Int64) throws {
        if conditions.hasTerms {
            try db.connection.execute("""
                UPDATE grant SET completion_on = ?, report_due = ?, max_share_bp = ?, holdback_bp = ? WHERE id = ?
                """, [conditions.completion?.iso, conditions.reportDue?.iso, conditions.maxShare?.hundredths,
                      conditions.holdback?.hundredths, id])
        }
        for text in conditions.texts {
            guard let text = try Text.freeText(text, of: "text.what.condition") else { continue }
            try db.connection.execute("INSERT INTO grant_condition (grant_id, text) VALUES (?, ?)", [id, text])
        }
    }

    /// The conditions in words, in the order they were given.
    func conditionTexts(_ id: Int64) throws -> [String] {
        try db.connection.rows("SELECT text FROM grant_condition WHERE grant_id = ? ORDER BY id", [id]).map { try $0.get(0) }
    }

    /// The dated and numeric conditions of a grant row of `select`; the texts are `conditionTexts`'.
    static func conditions(from row: StatementRow) throws -> GrantConditions {
        GrantConditions(completion: try row.get("completion_on"), reportDue: try row.get("report_due"),
                        maxShare: try row.get("max_share_bp", as: Int64?.self).map(Percentage.init(hundredths:)),
                        holdback: try row.get("holdback_bp", as: Int64?.self).map(Percentage.init(hundredths:)))
    }
}

extension ParameterKey {
    /// A holdback share from 0 to 1 with at most four decimals, so that it is a whole
    /// number of hundredths of a percent: `0.1` for 10 %, `0.1207` for 12,07 %.
    static func holdbackShare(_ value: String, _ text: String) throws {
        let parts = value.split(separator: ".", omittingEmptySubsequences: false)
        guard let share = DecimalNumber.read(value), !value.hasPrefix("-"), share <= 1, parts.count == 1 || parts[1].count <= 4 else {
            throw PortfolioError.invalidInput(Message("parameter.not_holdback", ["key": .text(ParameterKey.holdbackDefault.rawValue), "text": .text(text)]))
        }
    }
}

extension GrantRepository {
    /// Completions and final reports falling due by `last`, or overdue, on grants
    /// still open with no final request recorded: what `grant due` adds to deadlines.
    func conditionsDue(by last: Day) throws -> [DueItem] {
        let open = try db.connection.map(Self.select + """
             WHERE grant.status IN ('approved', 'paid') AND (grant.completion_on <= ?1 OR grant.report_due <= ?1)
               AND NOT EXISTS (SELECT 1 FROM payment_request WHERE grant_id = grant.id AND is_final = 1)
            """, [last.iso], Self.grant(from:))
        return open.flatMap { grant in
            // A completion matters while part payments may still come; the report until the final request.
            [(DueItem.Kind.completion, grant.status == .approved ? grant.conditions.completion : nil),
             (.report, grant.conditions.reportDue)].compactMap { kind, day in
                day.flatMap { $0 <= last ? DueItem(kind: kind, grant: grant, day: $0) : nil }
            }
        }
    }
}
