import Foundation
import Mustache
import Portfolio

/// Draws a `Page` in the frame, in the reader's language: headers, words, dates and decimal commas as the
/// command line's table shows them in that language.
///
///     let html = try PageRenderer.html(page, path: "/grants", query: "status=approved", user: user, in: .bokmal)
enum PageRenderer {
    private static let template: MustacheTemplate? = try? MustacheTemplate(string: PageTemplate.frame)

    static func html(_ page: Page, path: String, query: String, user: SignedInUser?, in language: Language,
                     login: Bool = false, error: Message? = nil) -> String {
        var context: [String: Any] = [
            "lang": language.rawValue, "title": page.title.text(in: language),
            "nav": navigation(signedIn: user != nil, in: language),
            "hasFilters": !page.filters.isEmpty, "filter": Message("web.filter").text(in: language),
            "filters": page.filters.map { ["name": $0.name, "label": $0.label.text(in: language), "value": $0.value] },
            "hasFields": !page.fields.isEmpty,
            "fields": page.fields.map { ["name": $0.name.text(in: language), "value": $0.value.display(in: language)] },
            "sections": page.sections.map { section(
                $0, downloads: page.downloadable ? downloads(path: path, query: query, part: $0.key) : nil, in: language) },
        ]
        if let note = page.note { context["note"] = note.text(in: language) }
        if let paging = page.paging { context["paging"] = PagingLinks.context(paging, path: path, query: query, in: language) }
        if let user { context["user"] = ["name": user.name, "logout": Message("web.logout").text(in: language)] }
        if let error { context["error"] = error.text(in: language) }
        if login {
            context["login"] = ["usernameLabel": Message("web.login.username").text(in: language),
                                "passwordLabel": Message("web.login.password").text(in: language),
                                "submit": Message("web.login.submit").text(in: language)]
        }
        return template?.render(context) ?? ""
    }

    private static func navigation(signedIn: Bool, in language: Language) -> [[String: String]] {
        let all = [("/", "web.nav.dashboard"), ("/plan", "web.nav.plan"), ("/projects", "web.nav.projects"),
                   ("/grants", "web.nav.grants"), ("/report", "web.nav.report"), ("/public", "web.nav.public")]
        return all.filter { signedIn || $0.0 == "/public" }.map { ["href": $0.0, "text": Message(Message.Key(rawValue: $0.1)).text(in: language)] }
    }

    private static func section(_ section: PageSection, downloads: [String: String]?, in language: Language) -> [String: Any] {
        let idColumn = section.person.columns.firstIndex(of: "id")
        var out: [String: Any] = [
            "headers": section.person.headers.map { $0.text(in: language) },
            "hasRows": !section.person.rows.isEmpty, "empty": Message("web.empty").text(in: language),
            "rows": section.person.rows.map { row in
                ["cells": row.indices.map { column -> [String: Any] in
                    let text = row[column].display(in: language)
                    var cell: [String: Any] = ["text": text, "numeric": row[column].isNumeric]
                    if column == idColumn, let link = section.link { cell["href"] = link + row[column].plain }
                    return cell
                }]
            },
        ]
        if let title = section.title { out["title"] = title.text(in: language) }
        if var downloads {
            downloads["label"] = Message("web.download").text(in: language)
            out["downloads"] = downloads
        }
        return out
    }

    /// The links that download a section: the same path and filters, with `format` (and `part` for a page of several);
    /// the whole list, not the page shown.
    private static func downloads(path: String, query: String, part: String) -> [String: String] {
        let kept = PagingLinks.kept(query, dropping: ["format", "part", "after", "before"]).joined(separator: "&")
        func link(_ format: String) -> String {
            path + "?" + ([kept, "format=" + format, "part=" + part].filter { !$0.isEmpty }.joined(separator: "&"))
        }
        return ["csv": link("csv"), "xlsx": link("xlsx"), "json": link("json")]
    }
}
