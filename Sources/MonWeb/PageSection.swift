import Portfolio
import Presentation

/// One titled table of a page, made by the same layout the command line prints it with: its table for a
/// person on screen, and for downloads the CSV/xlsx table and JSON the CLI's `--format csv|json` gives.
///
///     PageSection(key: "funds", title: Message("web.section.funds"), statuses, .fundStatus)
struct PageSection {
    let key: String
    let title: Message?
    let person: Table
    let programs: Table
    let json: JSON
    /// Where a row's `id` leads (`/grants/`), when its rows are things with pages of their own.
    let link: String?

    init<Value>(key: String, title: Message?, _ values: [Value], _ layout: Layout<Value>, link: String? = nil) {
        self.key = key
        self.title = title
        person = layout.table(values, forPerson: true)
        programs = layout.table(values)
        json = layout.json(values)
        self.link = link
    }

    /// A titled part of a record (a grant's payments), as the CLI's `show` prints it.
    init(key: String, title: Message, table: Table) {
        self.key = key
        self.title = title
        person = table
        programs = table
        json = table.json
        link = nil
    }
}

/// A page: a title, maybe a record's fields, filters, and sections; rendered by `PageRenderer`.
struct Page {
    var title: Message
    var fields: [(name: Message, value: Cell)] = []
    var filters: [Filter] = []
    var sections: [PageSection] = []
    /// Whether the sections may be downloaded (lists; not the records' parts).
    var downloadable = false
    /// Where the page's rows stand in a list too long for one page: the list's page with its rows left out.
    var paging: ListPage<Void>?
    /// A word on the figures shown: from when they are, when the file has changed since.
    var note: Message?

    /// A filter of a list page: a query parameter with the value it has now.
    struct Filter {
        let name: String
        let label: Message
        let value: String
    }

    /// A record page: the fields of `layout.table([value])` one a line, then its parts, as `show` prints them.
    static func record<Value>(_ title: Message, _ value: Value, _ layout: Layout<Value>) -> Page {
        let table = layout.table([value])
        var page = Page(title: title)
        page.fields = zip(table.headers, table.rows[0]).map { (name: $0, value: $1) }
        page.sections = layout.sections(value).filter { !$0.table.rows.isEmpty }.enumerated().map {
            PageSection(key: "part\($0.offset)", title: $0.element.title, table: $0.element.table)
        }
        return page
    }
}
