import Foundation
import ZIPFoundation

/// A table as an Office Open XML workbook (`.xlsx`) of one sheet, for a person
/// with Excel or LibreOffice: typed cells (see `Worksheet`), headers as given,
/// dates in the reader's way. Only the parts a spreadsheet needs are written;
/// strings stand inline in the sheet.
///
///     let workbook = Workbook(sheet: "Tilsagn", table: table, language: .bokmal)
///     try OutputTarget("tilsagn.xlsx", database: db.path, replacing: false).write(try workbook.bytes())
public struct Workbook: Sendable {
    public let sheet: String
    public let table: Table
    public let language: Language

    /// `sheet` is shortened and cleaned to what a sheet's name may be.
    public init(sheet: String, table: Table, language: Language) {
        self.sheet = Self.sheetName(sheet)
        self.table = table
        self.language = language
    }

    /// The most rows a sheet holds, the header's among them (Excel's and LibreOffice's limit).
    static let maximumRows = 1_048_576

    /// The file's bytes: the parts, deflated in a zip. Refused when the rows do not fit in a sheet.
    public func bytes() throws -> [UInt8] {
        guard table.rows.count < Self.maximumRows else {
            throw PortfolioError.refused(Message("export.too_many_rows", ["rows": .integer(Int64(table.rows.count)),
                                                                          "limit": .integer(Int64(Self.maximumRows - 1))]))
        }
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts {
                var text = text
                // The sheet's XML can run to hundreds of megabytes: read in place, chunk by chunk, not copied whole.
                try text.withUTF8 { bytes in
                    try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { start, size in
                        Data(buffer: UnsafeBufferPointer(rebasing: bytes[Int(start)..<Int(start) + size]))
                    }
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return [UInt8](data)
        } catch {
            // Only memory can fail here: the zip is made in memory, and written by the caller.
            throw PortfolioError.storage(.unavailable, Message("export.workbook_failed"))
        }
    }

    /// Each part's path in the zip and its XML; the content types first, as readers expect.
    var parts: [(path: String, xml: String)] {
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let package = "http://schemas.openxmlformats.org/package/2006"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let types = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        return [
            ("[Content_Types].xml", header + #"<Types xmlns="\#(package)/content-types">"#
                + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
                + #"<Default Extension="xml" ContentType="application/xml"/>"#
                + #"<Override PartName="/xl/workbook.xml" ContentType="\#(types).sheet.main+xml"/>"#
                + #"<Override PartName="/xl/worksheets/sheet1.xml" ContentType="\#(types).worksheet+xml"/>"#
                + #"<Override PartName="/xl/styles.xml" ContentType="\#(types).styles+xml"/></Types>"#),
            ("_rels/.rels", header + #"<Relationships xmlns="\#(package)/relationships">"#
                + #"<Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)">"#
                + #"<sheets><sheet name="\#(sheet.xmlEscaped)" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", header + #"<Relationships xmlns="\#(package)/relationships">"#
                + #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
                + #"<Relationship Id="rId2" Type="\#(relationships)/styles" Target="styles.xml"/></Relationships>"#),
            ("xl/styles.xml", CellStyle.stylesheet(for: language)),
            ("xl/worksheets/sheet1.xml", Worksheet(table: table, language: language).xml),
        ]
    }

    /// A sheet's name has 1 to 31 characters, none of `[]:*?/\`, and does not start or end with `'`.
    static func sheetName(_ name: String) -> String {
        let forbidden = Set("[]:*?/\\")
        var cleaned = String(name.filter { !forbidden.contains($0) && !$0.isNewline }.prefix(31))
        while cleaned.hasPrefix("'") { cleaned.removeFirst() }
        while cleaned.hasSuffix("'") { cleaned.removeLast() }
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }
}
