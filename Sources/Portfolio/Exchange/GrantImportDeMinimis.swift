import SQLite

/// Every undertaking's de minimis awards while an import runs: those in the
/// database, read in one query, and each imported grant's once its row is
/// through. A row's position is summed from here, in memory, with the same
/// valuation as `DeMinimisRepository`'s (what an award came to by the day asked:
/// less its unpaid rest once released, less what was repaid by then), so that a
/// breach only the sum over several lines reveals is found at the line that makes it.
///
///     var awards = try ImportedDeMinimis(db)
///     let position = awards.position(of: partner, on: day, window: .rollingYears, ceiling: Euro(euros: 300_000))
struct ImportedDeMinimis {
    /// One award, its days as `yyyymmdd` numbers to keep a million of them small.
    struct Award {
        let approvedOn: Int32
        /// 0 while not released.
        let releasedOn: Int32
        let approved: Int64
        /// Approved less every payment: what a release takes back.
        let unpaid: Int64
        let rate: Double
        let repayments: [(day: Int32, amount: Int64)]

        /// What it counts for on `day`.
        func value(on day: Int32) -> Money {
            let released = releasedOn != 0 && releasedOn <= day ? unpaid : 0
            return Money(ore: approved - released - repayments.reduce(0) { $1.day <= day ? $0 + $1.amount : $0 })
        }
    }

    private var awards: [Int64: [Award]] = [:]

    init(_ db: PortfolioDatabase) throws {
        try db.connection.prepare("""
            SELECT coalesce(-partner.group_id, partner.id), grant.approved_on, grant.released_on, grant.amount_approved_ore,
                   grant.amount_approved_ore - (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'payment'),
                   grant.eur_rate,
                   (SELECT group_concat(paid_on || ' ' || amount_ore) FROM payment WHERE grant_id = grant.id AND kind = 'repayment')
            FROM grant JOIN partner ON partner.id = grant.applicant_id
            WHERE grant.basis = 'de-minimis' AND grant.status <> 'annulled' AND grant.approved_on IS NOT NULL
            UNION ALL
            SELECT coalesce(-partner.group_id, partner.id), granted_on, NULL, amount_ore, 0, eur_rate, NULL
            FROM deminimis_declaration JOIN partner ON partner.id = deminimis_declaration.partner_id
            """).forEachRow { row in
            let repayments = try row.get(6, as: String?.self)?.split(separator: ",").map { entry -> (day: Int32, amount: Int64) in
                let parts = entry.split(separator: " ")
                return (day: Self.number(String(parts[0])), amount: Int64(parts[1]) ?? 0)
            } ?? []
            awards[try row.get(0), default: []].append(Award(
                approvedOn: Self.number(try row.get(1, as: Day.self)), releasedOn: try row.get(2, as: Day?.self).map(Self.number) ?? 0,
                approved: try row.get(3), unpaid: try row.get(4), rate: try row.get(5), repayments: repayments))
        }
    }

    /// `2024-03-15` as 20240315: ISO order is number order.
    static func number(_ iso: String) -> Int32 {
        Int32(iso.filter(\.isNumber).prefix(8)) ?? 0
    }

    static func number(_ day: Day) -> Int32 {
        Int32(day.year * 10_000 + day.month * 100 + day.day)
    }

    /// The undertaking's position on `day`, for the rule book's ceiling.
    func position(of partner: StagedPartner, on day: Day, window: DeMinimisWindow, ceiling: Euro) -> DeMinimisPosition {
        let (start, end) = window.span(on: day)
        let (first, last, asOf) = (Self.number(start), Self.number(end), Self.number(day))
        let total = (awards[partner.undertaking] ?? []).reduce(Euro.zero) { total, award in
            guard award.approvedOn >= first && award.approvedOn <= last else { return total }
            return total + Euro(award.value(on: asOf), rate: award.rate)
        }
        return DeMinimisPosition(partnerID: partner.id, window: window, windowStart: start, windowEnd: end,
                                 total: total, ceiling: ceiling, awards: [])
    }

    /// Counts an imported de minimis grant, as it stands once its row is through.
    mutating func add(_ grant: Grant, repaidOn: Day?, of partner: StagedPartner) {
        guard grant.basis == .deMinimis, let approvedOn = grant.approvedOn, let approved = grant.amountApproved,
              let rate = grant.eurRate else { return }
        let repayments = repaidOn.map { [(day: Self.number($0), amount: grant.repaid.ore)] } ?? []
        awards[partner.undertaking, default: []].append(Award(
            approvedOn: Self.number(approvedOn), releasedOn: grant.releasedOn.map(Self.number) ?? 0, approved: approved.ore,
            unpaid: (approved - grant.paid).ore, rate: rate, repayments: repayments))
    }
}
