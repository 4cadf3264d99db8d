import ArgumentParser
import Foundation
import Portfolio

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the plan and an example MON portfolio, and show its ranking and its fund.",
        discussion: """
            In memory unless --db names a new file, which then keeps the example to explore \
            with every other command.

            --synthetic makes up a large portfolio from a seed instead, to measure mon at \
            region or national scale; the same seed gives the same data.

            Examples:
              mon demo
              mon demo --db demo.sqlite && mon --db demo.sqlite select --budget "3 000 000"
              mon demo --synthetic --projects 20000 --grants 200000 --seed 1 --db region.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Flag(help: "Make up a large portfolio instead of the example.") var synthetic = false
    @Option(help: "Projects to make up (with --synthetic), \(Bounds.syntheticProjects.span).") var projects = 1_000
    @Option(help: "Grants to make up (with --synthetic), \(Bounds.syntheticGrants.span).") var grants = 10_000
    @Option(help: "The seed of the made-up data.") var seed: UInt64 = 1

    func run() throws {
        try Bounds.syntheticProjects.check(projects)
        try Bounds.syntheticGrants.check(grants)
        let db = try global.db == nil ? PortfolioDatabase.inMemory(actor: global.actorName()) : global.create()
        if synthetic {
            let portfolio = try SyntheticPortfolio(projects: projects, grants: grants, seed: seed)
            let bar = ProgressBar(label: "synthetic data")
            try portfolio.load(into: db, progress: bar.show)
            bar.finish()
            output.print(try SyntheticPortfolio.tableSizes(in: db).map { TableSize(table: $0.table, rows: $0.rows) }, .tableSize)
            return
        }
        try DemoPortfolio.load(into: db)
        output.printRecord(DemoSummary(plan: try PlanRepository(db).plan().name, ranking: try ScoringRepository(db).ranking(asOf: Day.today()),
                                       funds: try FundRepository(db).status()), .demo)
    }
}
