import Foundation
import SQLite

/// The facts the rule book needs for the rows of an import, each asked of its
/// repository once and kept: a fund per name, a partner per name, the limits
/// per stretch of days in which no parameter changes, a EUR rate per month.
/// A refusal is never kept, so it is asked again with the row's own day and
/// names that row exactly as the repository would.
///
///     var facts = try GrantImportFacts(db)
///     let limits = try facts.limits(on: day, fundID: 1)
struct GrantImportFacts {
    let db: PortfolioDatabase
    /// Every day from which a parameter, general or a fund's, takes a new value, in order.
    private let changes: [String]
    private var funds: [String: Fund] = [:]
    private var partners: [String: StagedPartner] = [:]
    private var limitsByStretch: [Int: [Int64: GrantLimits]] = [:]
    private var rates: [String: EuroRate?] = [:]
    private var checkedRates: [String: EuroRate] = [:]
    private var ceilings: [Int: (DeMinimisWindow, Euro)] = [:]
    /// Every grant id taken, in the database and by the rows so far, and the largest.
    private var ids = Set<Int64>()
    private var largestID: Int64

    init(_ db: PortfolioDatabase) throws {
        self.db = db
        changes = try db.connection.rows("""
            SELECT valid_from FROM parameter UNION SELECT valid_from FROM fund_parameter ORDER BY 1
            """).map { try $0.get(0) }
        largestID = try db.connection.scalar("SELECT coalesce(max(id), 0) FROM grant") ?? 0
    }

    /// How many parameter changes lie on or before `day`: days with the same number share every value.
    private func stretch(of day: Day) -> Int {
        let iso = day.iso
        var low = 0, high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle] <= iso { low = middle + 1 } else { high = middle }
        }
        return low
    }

    mutating func fund(_ reference: String?) throws -> Fund {
        if let fund = funds[reference ?? ""] { return fund }
        let fund = try FundRepository(db).resolve(reference)
        funds[reference ?? ""] = fund
        return fund
    }

    /// The applicant as `PartnerRepository.resolve` finds it: from the staging join when
    /// the text is plainly an organisation number or an id, else asked of the repository.
    mutating func applicant(_ reference: String, staged: StagedReferences) throws -> StagedPartner {
        let text = reference.trimmed
        let digits = text.filter { $0 != " " }
        if digits.count == 9, digits.allSatisfy(\.isNumber) {
            if let partner = staged.byOrgnr, staged.orgnr == digits, partner.mergedInto == nil { return partner }
        } else if let id = Int64(text), id > 0, let partner = staged.byID, partner.id == id, partner.mergedInto == nil {
            return partner
        }
        if let partner = partners[reference] { return partner }
        let id = try PartnerRepository(db).resolve(reference)
        guard let row = try db.connection.row("SELECT name, group_id FROM partner WHERE id = ?", [id]) else {
            throw PortfolioError.notFound(Message("partner.not_found", ["id": .text("\(id)")]))
        }
        let partner = StagedPartner(id: id, name: try row.get(0), groupID: try row.get(1), mergedInto: nil)
        partners[reference] = partner
        return partner
    }

    /// When the project started; refused as `grant apply` refuses it when there is no such project.
    func projectStart(_ projectID: Int64, staged: StagedReferences) throws -> Day? {
        if staged.projectID == projectID { return try staged.projectStart.map(Day.init(parsing:)) }
        guard let row = try db.connection.row("SELECT start_date FROM project WHERE id = ?", [projectID]) else {
            throw PortfolioError.notFound(Message("grant.project_not_found", ["project": .text("\(projectID)")]))
        }
        return try row.get(0, as: String?.self).map(Day.init(parsing:))
    }

    /// The id the row's grant gets: the one given, refused when taken, else the next after the largest.
    mutating func grantID(_ given: Int64?, staged: StagedReferences) throws -> Int64 {
        guard let given else {
            largestID += 1
            ids.insert(largestID)
            return largestID
        }
        let inDatabase = staged.castID == given
            ? staged.takenID != nil
            : try db.connection.row("SELECT 1 FROM grant WHERE id = ?", [given]) != nil
        guard !inDatabase, ids.insert(given).inserted else {
            throw PortfolioError.refused(Message("grant.exists", ["id": .text("\(given)")]))
        }
        largestID = max(largestID, given)
        return given
    }

    mutating func limits(on day: Day, fundID: Int64) throws -> GrantLimits {
        let stretch = stretch(of: day)
        if let limits = limitsByStretch[stretch]?[fundID] { return limits }
        let limits = try ParameterRepository(db).limits(on: day, fundID: fundID)
        limitsByStretch[stretch, default: [:]][fundID] = limits
        return limits
    }

    /// The rate typed in the file, within the bounds of its day.
    mutating func checked(_ rate: EuroRate, on day: Day) throws -> EuroRate {
        let key = "\(rate.nokPerEuro.bitPattern) \(stretch(of: day))"
        if let checked = checkedRates[key] { return checked }
        let checked = try ParameterRepository(db).checked(rate, on: day)
        checkedRates[key] = checked
        return checked
    }

    /// The rate an award on `day` is recorded at, as `EuroRateRepository.rate(given:on:)` gives it.
    mutating func rate(given: EuroRate?, on day: Day) throws -> EuroRate? {
        let key = "\(given.map { "\($0.nokPerEuro.bitPattern)" } ?? "-") \(Month(of: day).iso) \(stretch(of: day))"
        if let rate = rates[key] { return rate }
        let rate = try EuroRateRepository(db).rate(given: given, on: day)
        rates[key] = rate
        return rate
    }

    /// The de minimis window and ceiling of `day`.
    mutating func ceiling(on day: Day) throws -> (window: DeMinimisWindow, ceiling: Euro) {
        let stretch = stretch(of: day)
        if let known = ceilings[stretch] { return known }
        let parameters = ParameterRepository(db)
        let known = (try parameters.window(on: day), Euro(euros: try parameters.integer(.deminimisCeilingEUR, on: day)))
        ceilings[stretch] = known
        return known
    }
}
