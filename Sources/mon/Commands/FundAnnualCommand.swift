import ArgumentParser
import Portfolio

/// `mon fund annual`: the yearly report on a fund by reporting category and target group.
struct FundAnnualCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "annual", abstract: Help.text("help.fund.annual.abstract"),
                             discussion: Help.text("help.fund.annual.discussion"))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: Help.argument("help.fund.annual.year")) var year: Int
    @Option(help: Help.argument("help.fund.annual.fund")) var fund: String?
    @Flag(help: Help.argument("help.fund.annual.xlsx")) var xlsx = false
    @OptionGroup var file: OutputFile

    /// A workbook is binary: it goes to a file, never to a terminal; `-o` is for the workbook only.
    func validate() throws {
        if xlsx && file.output == nil { throw ValidationError(Message("export.xlsx_needs_output").description) }
        if !xlsx && file.output != nil { throw ValidationError(Message("annual.output_needs_xlsx").description) }
    }

    func run() throws {
        let annual = try FundAnnualRepository(global.openReadOnly()).annual(year: year, fund: fund)
        guard xlsx else { return output.print(annual.rows, .fundAnnual) }
        let sheet = Message("annual.sheet", ["year": .text("\(year)")]).text(in: .current)
        try file.write(try Workbook(sheet: sheet, table: Layout.fundAnnual.table(annual.rows), language: .current).bytes(),
                       sparing: global.databasePath(), withoutFile: Message("export.xlsx_needs_output"))
    }
}
