import Foundation
import Hummingbird
import Portfolio
import Presentation

/// A section of a page as a file: CSV and JSON exactly as the command line's `--format csv|json` prints the
/// same layout, xlsx as `mon export --xlsx` writes a table.
///
///     try Download.response(section, format: "csv", name: "grants", in: .english)
enum Download {
    static func response(_ section: PageSection, format: String, name: String, in language: Language) throws -> Response {
        switch format {
        case "csv":
            return file(ByteBuffer(string: Formatter.render(section.programs, as: .csv, in: language)),
                        type: "text/csv; charset=utf-8", name: name + ".csv")
        case "json":
            return file(ByteBuffer(string: section.json.text + "\n"), type: "application/json", name: name + ".json")
        case "xlsx":
            let bytes = try Workbook(sheet: name, table: section.programs, language: language).bytes()
            return file(ByteBuffer(bytes: bytes), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        name: name + ".xlsx")
        default:
            throw PortfolioError.invalidInput(Message("web.unknown_format", ["format": .text(format)]))
        }
    }

    /// A value's JSON as a file: a record page's `?format=json`, as `show --format json` prints it.
    static func json(_ json: JSON, name: String) -> Response {
        file(ByteBuffer(string: json.text + "\n"), type: "application/json", name: name + ".json")
    }

    private static func file(_ body: ByteBuffer, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: ResponseBody(byteBuffer: body))
    }
}
