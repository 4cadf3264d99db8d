import Foundation
import Mustache
import Portfolio

/// Writes a decision letter from its template, in bokmål, every value escaped for its format.
///
///     let text = try LetterRenderer.render(try LetterRepository(db).letter(for: 12), as: .html)
public enum LetterRenderer {
    public enum Format: String, CaseIterable { case markdown, html }

    /// The content type whose values are escaped for Markdown, registered before the first letter.
    static let markdownContentType = "MARKDOWN"

    private struct MarkdownContent: MustacheContentType {
        func escapeText(_ text: String) -> String { Formatter.escapeMarkdown(text) }
    }

    private static let registered: Bool = {
        MustacheContentTypes.register(MarkdownContent(), named: markdownContentType)
        return true
    }()

    public static func render(_ letter: DecisionLetter, as format: Format) throws -> String {
        _ = registered
        let template = try MustacheTemplate(string: format == .html ? LetterTemplate.html : LetterTemplate.markdown)
        let text = template.render(context(letter))
        // A text file ends with a newline, whatever the template's last line.
        return text.hasSuffix("\n") ? text : text + "\n"
    }

    /// A letter always speaks bokmål, whatever the reader's language.
    private static let language = Language.bokmal

    static func figure(_ money: Money) -> [String: String] { ["display": money.description, "value": money.kronerJSON] }
    static func figure(_ euro: Euro) -> [String: String] { ["display": euro.description, "value": euro.json] }

    /// The letter's values as the template names them; an absent value is left out, so its section is not written.
    static func context(_ letter: DecisionLetter) -> [String: Any] {
        let decidedBy = letter.decision.decidedBy ?? "fondets vedtaksorgan"
        var context: [String: Any] = [
            "title": letter.kind == .grant ? "Tilsagn om tilskudd" : "Avslag på søknad om tilskudd",
            "fund": letter.fund, "grantID": "\(letter.grantID)", "recipient": letter.recipient,
            "decidedOn": language.date(letter.decidedOn), "decidedBy": decidedBy,
            "deciderAtStart": decidedBy.prefix(1).uppercased() + decidedBy.dropFirst(),
            "caseRef": letter.decision.caseReference ?? "–",
            "amountApplied": letter.amountApplied.description, "totalCost": letter.totalCost.description,
            "basisText": basisText(letter.basis),
        ]
        context["orgnr"] = letter.organisationNumber
        context["municipality"] = letter.municipality
        context["purpose"] = letter.purpose
        switch letter.kind {
        case .grant: context["grant"] = grantContext(letter)
        case .rejection: context["rejection"] = ["reason": letter.decision.reason ?? "Begrunnelsen er ikke registrert i mon: skriv den inn før brevet sendes."]
        }
        return context
    }

    /// What only a grant letter has: the amount, the share of costs, the de minimis statement and the conditions.
    private static func grantContext(_ letter: DecisionLetter) -> [String: Any] {
        var grant: [String: Any] = [:]
        if let amount = letter.amount { grant["amount"] = figure(amount) }
        if let intensity = letter.intensity { grant["intensity"] = ["display": language.percent(intensity), "value": "\(intensity)"] }
        if let statement = letter.deMinimis {
            grant["deMinimis"] = [
                "regulation": statement.regulation, "award": figure(statement.award), "total": figure(statement.undertakingTotal),
                "ceiling": figure(statement.ceiling), "rate": Cell.formatNumber(statement.eurRate).replacingOccurrences(of: ".", with: ","),
                "windowStart": language.date(statement.windowStart), "windowEnd": language.date(statement.windowEnd),
            ] as [String: Any]
        }
        let conditions = letter.conditions
        grant["deadline"] = letter.deadline.map(language.date)
        grant["completion"] = conditions.completion.map(language.date)
        grant["reportDue"] = conditions.reportDue.map(language.date)
        grant["maxShare"] = conditions.maxShare.map { $0.text(in: language) }
        grant["holdback"] = conditions.holdback.map { $0.text(in: language) }
        grant["conditions"] = conditions.texts
        grant["hasConditions"] = letter.deadline != nil || conditions != GrantConditions()
        return grant
    }

    /// The aid basis as the letter states it.
    private static func basisText(_ basis: AidBasis) -> String {
        switch basis {
        case .deMinimis: "Tilskuddet gis som bagatellmessig støtte (se under)."
        case .gber: "Tilskuddet gis etter gruppeunntaksforordningen (Kommisjonsforordning (EU) nr. 651/2014, GBER)."
        case .purchase: "Beløpet er betaling for en tjeneste kjøpt til markedspris, og er ikke offentlig støtte."
        case .notAid: "Tilskuddet er ikke offentlig støtte etter EØS-avtalen artikkel 61 (1)."
        }
    }
}
