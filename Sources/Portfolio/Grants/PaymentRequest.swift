import Foundation

/// A payment request (utbetalingsanmodning) on a grant: the amount asked, the
/// project's documented costs so far, and a status report, or for the final
/// request the final report (sluttrapport). Paid at most once.
public struct PaymentRequest: Equatable, Sendable {
    public let id: Int64
    public let grantID: Int64
    public let requestedOn: Day
    public let amount: Money
    /// The documented costs accumulated so far, not this request's alone.
    public let costs: Money
    public let isFinal: Bool
    public let report: String?
    /// The day it was paid and the amount paid; nil while unpaid.
    public let paidOn: Day?
    public let paidAmount: Money?
}

/// A request as `mon grant request` takes it.
///
///     let draft = PaymentRequestDraft(date: day, amount: Money(kroner: 70_000), costs: Money(kroner: 400_000),
///                                     isFinal: true, report: "Sluttrapport og attestert regnskap")
public struct PaymentRequestDraft: Sendable {
    public var date: Day
    public var amount: Money
    public var costs: Money
    public var isFinal: Bool
    public var report: String?

    public init(date: Day, amount: Money, costs: Money, isFinal: Bool = false, report: String? = nil) {
        self.date = date
        self.amount = amount
        self.costs = costs
        self.isFinal = isFinal
        self.report = report
    }

    /// The most a report file may hold: a report is text, not an attachment.
    public static let maxReportBytes = 256 * 1024

    /// The text of a report file, UTF-8, at most 256 KiB.
    ///
    ///     draft.report = try PaymentRequestDraft.report(at: "sluttrapport.txt")
    public static func report(at path: String) throws -> String {
        try FileKind.refuseDirectoryOrDevice(path, expected: Message("request.report_file.kind"))
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw PortfolioError.storage(.unavailable, Message("import.cannot_read", ["path": .text(path)]))
        }
        defer { try? file.close() }
        guard let data = try? file.read(upToCount: maxReportBytes + 1) else {
            throw PortfolioError.storage(.unavailable, Message("file.unreadable", ["path": .text(path)]))
        }
        guard data.count <= maxReportBytes else {
            throw PortfolioError.invalidInput(Message("request.report_file.too_large", ["path": .text(path), "most": .text("256 KiB")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PortfolioError.invalidInput(Message("request.report_file.not_utf8", ["path": .text(path)]))
        }
        return text
    }
}
