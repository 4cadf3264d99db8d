import Portfolio

/// A list's pages in the address: `?after=ID` is the page that starts after that row, `?before=ID` the one that
/// ends before it (going back), neither the first page; every other parameter (the filters) is kept as it is.
///
///     PagingLinks.start(["after": "1200"])   // .after(1200)
enum PagingLinks {
    static func start(_ query: [String: String]) throws -> PageStart {
        if let after = query["after"] { return .after(try id(after)) }
        if let before = query["before"] { return .before(try id(before)) }
        return .first
    }

    /// The page's place in the list and the links to the pages beside it, as the frame shows them.
    static func context(_ paging: ListPage<Void>, path: String, query: String, in language: Language) -> [String: Any] {
        let summary = paging.items.isEmpty
            ? Message("web.paging.none", ["total": .integer(Int64(paging.total))])
            : Message("web.paging.rows", ["first": .integer(Int64(paging.preceding + 1)),
                                          "last": .integer(Int64(paging.preceding + paging.items.count)),
                                          "total": .integer(Int64(paging.total))])
        var context: [String: Any] = ["summary": summary.text(in: language)]
        if paging.previous != nil {
            context["first"] = ["href": link(.first, path: path, query: query), "text": Message("web.paging.first").text(in: language)]
        }
        if let previous = paging.previous {
            context["previous"] = ["href": link(previous, path: path, query: query), "text": Message("web.paging.previous").text(in: language)]
        }
        if let next = paging.next {
            context["next"] = ["href": link(next, path: path, query: query), "text": Message("web.paging.next").text(in: language)]
        }
        return context
    }

    /// The query without the parameters named: the filters, kept on every link a list page makes.
    static func kept(_ query: String, dropping names: Set<String>) -> [Substring] {
        query.split(separator: "&").filter { parameter in !names.contains(String(parameter.prefix { $0 != "=" })) }
    }

    private static func link(_ start: PageStart, path: String, query: String) -> String {
        let bound: String? = switch start {
        case .first: nil
        case .after(let id): "after=\(id)"
        case .before(let id): "before=\(id)"
        }
        let parameters = kept(query, dropping: ["after", "before"]).map(String.init) + [bound].compactMap { $0 }
        return parameters.isEmpty ? path : path + "?" + parameters.joined(separator: "&")
    }

    private static func id(_ text: String) throws -> Int64 {
        guard let id = Int64(text) else { throw PortfolioError.invalidInput(Message("web.not_a_number", ["value": .text(text)])) }
        return id
    }
}
