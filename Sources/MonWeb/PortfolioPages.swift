import Foundation
import Portfolio
import Presentation

/// The pages over the portfolio, each made of the repositories and layouts the matching command uses
/// (named beside each), so that a page and `--format json` show the same figures.
///
///     let page = try PortfolioPages(db: db, today: .today(), rows: .page(.first, size: 100), cache: cache).grants(query)
struct PortfolioPages {
    let db: PortfolioDatabase
    let today: Day
    /// How much of a list a page holds: a page of rows, or the whole list for a download.
    let rows: Rows
    /// The board report and the ranking, kept for each state of the file.
    let cache: FiguresCache
    /// The paged lists' counts, kept for each state of the file.
    var counts: ListCounts? = nil

    enum Rows {
        case whole
        case page(PageStart, size: Int)
    }

    /// `/`: `fund status`, the board report's headline, `rank --top 10`, `plan coverage`.
    func dashboard() async throws -> Page {
        var page = Page(title: Message("web.title.dashboard"))
        let figures = try await self.figures(&page)
        page.sections = [
            PageSection(key: "funds", title: Message("web.section.funds"), try FundRepository(db).status(), .fundStatus),
            PageSection(key: "headline", title: Message("web.section.headline"), [figures.report], .headline),
            PageSection(key: "ranking", title: Message("web.section.ranking"), Array(figures.ranking.projects.prefix(10)), .ranked,
                        link: "/projects/"),
            PageSection(key: "uncovered", title: Message("web.section.uncovered"), try ProjectRepository(db).coverage(), .uncovered),
        ]
        page.downloadable = true
        return page
    }

    /// `/grants`: `grant list --status --year --fund --applicant`.
    func grants(_ query: [String: String]) throws -> Page {
        var page = Page(title: Message("web.title.grants"))
        page.filters = [("status", "web.filter.status"), ("year", "web.filter.year"), ("fund", "web.filter.fund"),
                        ("applicant", "web.filter.applicant")].map { Page.Filter(name: $0.0, label: Message(Message.Key(rawValue: $0.1)), value: query[$0.0] ?? "") }
        let filter = GrantRepository.Filter(
            status: try nonEmpty(query["status"]).map(GrantStatus.init(parsing:)), year: try year(query["year"]),
            applicant: nonEmpty(query["applicant"]), fund: nonEmpty(query["fund"]))
        let grants = try listed(&page, { try GrantRepository(db).list(filter) }, { try GrantRepository(db).page(filter, from: $0, size: $1, counts: counts) })
        page.sections = [PageSection(key: "grants", title: nil, grants, .grantList, link: "/grants/")]
        page.downloadable = true
        return page
    }

    /// `/public`: `grant list --public`, what anyone may see.
    func publicList() throws -> Page {
        var page = Page(title: Message("web.title.public"))
        let filter = GrantRepository.Filter(publicOnly: true)
        let grants = try listed(&page, { try GrantRepository(db).list(filter) }, { try GrantRepository(db).page(filter, from: $0, size: $1, counts: counts) })
        page.sections = [PageSection(key: "public", title: nil, grants, .publicGrant)]
        page.downloadable = true
        return page
    }

    /// `/grants/{id}`: `grant show` (decisions, conditions, payments) and `history --table grant --id`.
    func grant(_ id: Int64) throws -> (Page, JSON) {
        let repository = GrantRepository(db)
        let record = GrantRecord(grant: try repository.grant(id), payments: try repository.payments(id),
                                 decisions: try repository.decisions(id), requests: try repository.requests(id))
        var page = Page.record(Message("web.title.grant", ["id": .integer(id)]), record, .grantRecord)
        page.sections.append(try history("grant", id))
        return (page, Layout<GrantRecord>.grantRecord.json(record))
    }

    /// `/projects`: `project list --status --goal --area`.
    func projects(_ query: [String: String]) throws -> Page {
        var page = Page(title: Message("web.title.projects"))
        page.filters = [("status", "web.filter.status"), ("goal", "web.filter.goal"), ("area", "web.filter.area")]
            .map { Page.Filter(name: $0.0, label: Message(Message.Key(rawValue: $0.1)), value: query[$0.0] ?? "") }
        let status = try nonEmpty(query["status"]).map(ProjectStatus.init(parsing:))
        let goal = nonEmpty(query["goal"]), area = try number(query["area"]).map { Int(clamping: $0) }
        let repository = ProjectRepository(db)
        let projects = try listed(&page, { try repository.list(status: status, goal: goal, area: area) },
                                  { try repository.page(status: status, goal: goal, area: area, from: $0, size: $1, counts: counts) })
        page.sections = [PageSection(key: "projects", title: nil, projects, .project, link: "/projects/")]
        page.downloadable = true
        return page
    }

    /// `/projects/{id}`: `project show` (goals, partners, assessments), its grants, the score as
    /// `rank --explain` explains it, and its history.
    func project(_ id: Int64) async throws -> (Page, JSON) {
        let record = ProjectRecord(detail: try ProjectRepository(db).detail(id),
                                   grants: try GrantRepository(db).list(GrantRepository.Filter(projectID: id)))
        var page = Page.record(Message("web.title.project", ["id": .integer(id)]), record, .projectRecord)
        let ranking = try await figures(&page).ranking
        if let ranked = ranking.projects.first(where: { $0.projectID == id }) {
            let explained = Layout<RankingTop>.explained.sections(RankingTop(ranking: ranking, projects: [ranked]))
            page.sections += explained.map { PageSection(key: "score", title: $0.title, table: $0.table) }
        }
        page.sections.append(try history("project", id))
        return (page, Layout<ProjectRecord>.projectRecord.json(record))
    }

    /// `/plan`: `plan show`.
    func plan() throws -> Page {
        var page = Page(title: Message("web.title.plan"))
        page.sections = [PageSection(key: "plan", title: nil, OutlineLine.lines(try PlanRepository(db).outline(on: today)), .outlineLine)]
        page.downloadable = true
        return page
    }

    /// `/rounds/{id}`: `round show`.
    func round(_ reference: String) throws -> (Page, JSON) {
        let record = try RoundRepository(db).record(reference)
        return (Page.record(Message("web.title.round", ["round": .text(reference)]), record, .roundRecord), Layout<RoundRecord>.roundRecord.json(record))
    }

    /// The board report and the ranking from the cache; while newer ones are being made, the page says from
    /// when the figures it shows are.
    private func figures(_ page: inout Page) async throws -> FiguresCache.Figures {
        let version = try FileState(db.connection)
        let figures = try await cache.figures(version: version, path: db.path)
        if figures.version != version { page.note = Message("web.figures_from", ["moment": .moment(figures.made)]) }
        return figures
    }

    /// A list's rows as the page asks: the whole list for a download, else one page of it, whose place in the
    /// list the page then shows.
    private func listed<Item>(_ page: inout Page, _ whole: () throws -> [Item],
                              _ part: (PageStart, Int) throws -> ListPage<Item>) throws -> [Item] {
        switch rows {
        case .whole: return try whole()
        case .page(let start, let size):
            let listed = try part(start, size)
            page.paging = listed.map { _ in () }
            return listed.items
        }
    }

    private func history(_ table: String, _ id: Int64) throws -> PageSection {
        PageSection(key: "history", title: Message("web.section.history"), try HistoryRepository(db).entries(table: table, id: id), .historyInWords)
    }

    private func nonEmpty(_ text: String?) -> String? {
        text.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) }
    }

    private func number(_ text: String?) throws -> Int64? {
        guard let text = nonEmpty(text) else { return nil }
        guard let value = Int64(text) else { throw PortfolioError.invalidInput(Message("web.not_a_number", ["value": .text(text)])) }
        return value
    }

    private func year(_ text: String?) throws -> Int? {
        try number(text).map { Int(clamping: $0) }
    }
}
