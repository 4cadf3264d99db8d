import Portfolio

/// The report's table of grants given, written straight into one string: at a million grants
/// a template context of a dictionary per row costs more than all the rest of the report.
/// The text is the one the template wrote, escaped as the template escapes (`& < > " '`).
///
///     context["grantRows"] = GrantRowsHTML.render(report)   // one <tr>…</tr> and a newline per grant
enum GrantRowsHTML {
    static func render(_ report: BoardReport) -> String {
        var html = ""
        for grant in report.grants {
            append(grant, approval: report.approvals[grant.id], to: &html)
        }
        return html
    }

    private static func append(_ grant: Grant, approval: DecisionRecord?, to html: inout String) {
        let id = String(grant.id)
        let granted = grant.amountApproved ?? .zero
        html += "<tr><td>" + escape(grant.applicant) + "</td><td>" + escape(grant.purpose ?? "") + "</td>\n"
        html += "<td class=\"num\" data-grant=\"" + id + "\" data-figure=\"granted\" data-value=\"" + escape(granted.kronerJSON)
            + "\">" + escape(granted.description) + "</td>\n"
        html += "<td class=\"num\" data-grant=\"" + id + "\" data-figure=\"paid\" data-value=\"" + escape(grant.paid.kronerJSON)
            + "\">" + escape(grant.paid.description) + "</td>\n"
        html += "<td data-grant=\"" + id + "\" data-figure=\"status\" data-value=\"" + escape(grant.status.rawValue) + "\">"
            + escape(ReportWords.status(grant)) + "</td><td><time datetime=\"" + escape(grant.approvedOn?.iso ?? "") + "\">"
            + escape(grant.approvedOn.map(ReportWords.date) ?? "") + "</time></td>\n"
        html += "<td>" + escape(ReportWords.decision(approval)) + "</td><td>" + escape(ReportWords.recused(approval)) + "</td></tr>\n"
    }

    /// The bytes of `& < > " '`: any of them sends a text the long way.
    private static let markup: Set<UInt8> = [0x3C, 0x3E, 0x26, 0x22, 0x27]
    private static let escaped: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]

    /// The text with the characters HTML reads as markup escaped, character by character as the template
    /// does; most text has none of them and is returned as it is.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: markup.contains) else { return text }
        var result = ""
        for character in text {
            if let replacement = escaped[character] { result += replacement } else { result.append(character) }
        }
        return result
    }
}
