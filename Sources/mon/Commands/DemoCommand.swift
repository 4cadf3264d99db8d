import ArgumentParser
import Portfolio

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the plan and an example MON portfolio, and show its ranking and its fund.",
        discussion: """
            In memory unless --db names a new file, which then keeps the example to explore \
            with every other command.

            Examples:
              mon demo
              mon demo --db demo.sqlite && mon --db demo.sqlite select --budget "3 000 000"
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let db = try global.db.map { try PortfolioDatabase.open(path: $0, actor: global.actorName()) }
            ?? PortfolioDatabase.inMemory(actor: global.actorName())
        try DemoPortfolio.load(into: db)
        let ranking = try ScoringRepository(db).ranking(asOf: Day.today())
        let funds = try FundRepository(db).status()
        switch output.format {
        case .json:
            print(JSON.object([("ranking", RankCommand.json(ranking.projects)), ("fund_status", FundCommand.Status.json(funds))]).text)
        default:
            output.printRecord([("plan", .text(try PlanRepository(db).plan().name)), ("projects", .count(ranking.projects.count)),
                                ("as_of", .day(ranking.asOf))],
                               sections: [("Ringvirkning ranking", RankCommand.table(ranking.projects)),
                                          ("Fund", FundCommand.Status.table(funds))],
                               json: .null)
        }
    }
}
