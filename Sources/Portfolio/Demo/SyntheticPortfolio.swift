import SQLite

/// A large portfolio made up from a seed, for measuring mon at region and
/// national scale: partners, projects on every goal, assessments, funds with
/// yearly allocations, and grants through every state with their payments.
/// The same seed gives the same data.
///
/// It is written with plain SQL through prepared statements, not through the
/// repositories: those check each grant against the whole fund, which at a
/// million grants is the work of hours. The data keeps every rule all the
/// same — each year's allocation covers that year's approvals, payments never
/// exceed what was approved — and the database's own triggers check the
/// status moves, the payments and write the history as for any other write.
public struct SyntheticPortfolio: Sendable {
    public let projects: Int
    public let grants: Int
    public let seed: UInt64

    public init(projects: Int, grants: Int, seed: UInt64) throws {
        guard projects >= 1, grants >= 0 else { throw PortfolioError.invalidInput(Message("demo.counts_negative")) }
        self.projects = projects
        self.grants = grants
        self.seed = seed
    }

    /// Writes the portfolio into a database holding only the plan; `progress`
    /// hears the share done, from 0 to 1, now and then.
    public func load(into db: PortfolioDatabase, progress: @escaping (Double) -> Void = { _ in }) throws {
        try db.write {
            let held: Int64 = try db.connection.scalar("SELECT (SELECT count(*) FROM partner) + (SELECT count(*) FROM project)") ?? 0
            guard held == 0 else {
                throw PortfolioError.refused(Message("demo.synthetic_not_empty", ["path": .text(db.path)]))
            }
            var loader = Loader(portfolio: self, connection: db.connection, progress: progress)
            try loader.partners()
            try loader.projects()
            let plans = loader.plannedGrants()
            try loader.fundsAndAllocations(covering: plans)
            try loader.grants(plans)
            progress(1)
        }
    }

    /// How many rows each table of a portfolio holds.
    public static func tableSizes(in db: PortfolioDatabase) throws -> [(table: String, rows: Int64)] {
        try ["partner", "project", "assessment", "fund", "allocation", "grant", "payment", "history"].map { table in
            (table, try db.connection.scalar("SELECT count(*) FROM \(table)") ?? 0)
        }
    }

    /// What becomes of one synthetic grant.
    struct GrantPlan {
        let fund: Int64
        let applicant: Int64
        let project: Int64?
        var deMinimis: Bool
        let amount: Int64
        let received: Day
        let approvedOn: Day?
        let outcome: GrantStatus
        let decidedOn: Day?
        let releasedOn: Day?
        let payments: [(day: Day, amount: Int64, final: Bool)]
        let repayment: (day: Day, amount: Int64)?

        init(random: inout SeededRandom, funds: Int, partners: Int, projects: Int) {
            fund = Int64(1 + random.next() % UInt64(funds))
            applicant = Int64(1 + random.next() % UInt64(partners))
            project = random.next() % 10 < 7 ? Int64(1 + random.next() % UInt64(projects)) : nil
            deMinimis = random.next() % 10 < 3
            amount = Int64(20 + random.next() % 480) * 100_000
            received = SyntheticPortfolio.day(2010, 2023, &random)
            let outcome = SyntheticPortfolio.pick([("applied", 5), ("rejected", 10), ("withdrawn", 5), ("approved", 17), ("paid", 20),
                                                   ("closed", 35), ("lapsed", 5), ("repaid", 3)], &random)
            self.outcome = GrantStatus(rawValue: outcome)!
            let approved = !["applied", "rejected"].contains(outcome) && !(outcome == "withdrawn" && random.next() % 2 == 0)
            approvedOn = approved ? received.adding(days: 10 + Int(random.next() % 50)) : nil
            let later = (approvedOn ?? received).adding(days: 30 + Int(random.next() % 300))
            var payments: [(Day, Int64, Bool)] = []
            var repayment: (Day, Int64)?
            var released: Day?
            switch self.outcome {
            case .approved where random.next() % 2 == 0:
                payments = [(later, amount / 2, false)]
            case .paid:
                payments = [(later, amount / 2, false), (later.adding(days: 60), amount - amount / 2, false)]
            case .closed:
                let final = amount - amount / 5 * Int64(random.next() % 2)
                payments = [(later, final, true)]
                released = later
            case .lapsed:
                payments = random.next() % 2 == 0 ? [(later, amount / 3, false)] : []
                // A grant lapses by itself only after its deadline (two years after approval); before it, a
                // lapse is a decision the file would have to record, and `import grants` would refuse the export.
                released = max(later.adding(days: 400), approvedOn!.adding(years: 2).adding(days: 1))
            case .repaid:
                payments = [(later, amount, false)]
                released = later.adding(days: 200)
                repayment = (released!, amount / 4)
            case .withdrawn where approved:
                released = later
            default:
                break
            }
            self.payments = payments
            self.repayment = repayment
            releasedOn = released
            decidedOn = approved ? released : (self.outcome == .applied ? nil : received.adding(days: 20))
        }
    }

    /// The NOK per EUR recorded on the grant with this index.
    static func rate(_ index: Int) -> Double { 9 + Double(index % 300) / 100 }

    /// A day in the years `first` through `last`.
    static func day(_ first: Int, _ last: Int, _ random: inout SeededRandom) -> Day {
        Day(year: first + Int(random.next() % UInt64(last - first + 1)), month: 1 + Int(random.next() % 12),
            day: 1 + Int(random.next() % 28))!
    }

    /// One of `choices`, each as likely as its weight.
    static func pick(_ choices: [(String, UInt64)], _ random: inout SeededRandom) -> String {
        var roll = random.next() % choices.reduce(0) { $0 + $1.1 }
        for (choice, weight) in choices {
            if roll < weight { return choice }
            roll -= weight
        }
        return choices[0].0
    }

    /// The 8-digit `base` with its MOD11 check digit, or a 10-character string when it has none.
    static func withCheckDigit(_ base: Int) -> String {
        let digits = String(base)
        let sum = zip(digits.compactMap(\.wholeNumberValue), OrganisationNumber.weights).map { $0 * $1 }.reduce(0, +)
        let check = (11 - sum % 11) % 11
        return check == 10 ? digits + "10" : digits + String(check)
    }
}

/// Writes one synthetic portfolio, table by table, from one stream of random numbers.
private struct Loader {
    let portfolio: SyntheticPortfolio
    let connection: Connection
    let progress: (Double) -> Void
    var random: SeededRandom
    let partnerCount: Int
    let fundCount: Int
    let total: Double
    var done = 0.0

    init(portfolio: SyntheticPortfolio, connection: Connection, progress: @escaping (Double) -> Void) {
        self.portfolio = portfolio
        self.connection = connection
        self.progress = progress
        random = SeededRandom(seed: portfolio.seed)
        partnerCount = max(20, portfolio.projects / 2)
        fundCount = max(1, portfolio.projects / 1_000)
        total = Double(partnerCount + portfolio.projects + portfolio.grants)
    }

    mutating func step() {
        done += 1
        if Int(done) % 5_000 == 0 { progress(done / total) }
    }

    mutating func partners() throws {
        // Partners: companies with valid organisation numbers, one in ten in a group with the next.
        let partnerInsert = try connection.cachedStatement(
            "INSERT INTO partner (id, name, orgnr, kind, municipality, group_id) VALUES (?, ?, ?, ?, ?, ?)")
        let groupInsert = try connection.cachedStatement("INSERT INTO partner_group (id, name) VALUES (?, ?)")
        var number = 810_000_000 / 10
        let municipalities = ["Vefsn", "Vefsn", "Vefsn", "Hattfjelldal", "Grane", "Leirfjord", "Alstahaug", "Rana"]
        for id in 1...partnerCount {
            var orgnr: String
            repeat {
                number += 1
                orgnr = SyntheticPortfolio.withCheckDigit(number)
            } while orgnr.count != 9
            var group: Int64?
            if id % 10 == 1 && id < partnerCount {
                try groupInsert.execute([Int64(id), "Konsern \(id)"])
                group = Int64(id)
            } else if id % 10 == 2 {
                group = Int64(id - 1)
            }
            try partnerInsert.execute([Int64(id), "Bedrift \(id) AS", orgnr, "company",
                                       municipalities[Int(random.next() % UInt64(municipalities.count))], group])
            step()
        }
    }

    mutating func projects() throws {
        // Projects on the plan's goals, in every status, most of them assessed.
        let goals = try connection.rows("""
            SELECT goal.id, (SELECT group_concat(id) FROM strategy WHERE goal_id = goal.id) FROM goal ORDER BY goal.id
            """).map { (id: try $0.get(0, as: Int64.self), strategies: try $0.get(1, as: String.self).split(separator: ",").compactMap { Int64($0) }) }
        let projectInsert = try connection.cachedStatement("""
            INSERT INTO project (id, name, status, start_date, end_date, budget_ore, responsible) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        let goalInsert = try connection.cachedStatement("INSERT INTO project_goal (project_id, goal_id, is_primary) VALUES (?, ?, 1)")
        let strategyInsert = try connection.cachedStatement("INSERT INTO project_strategy (project_id, strategy_id) VALUES (?, ?)")
        let assessmentInsert = try connection.cachedStatement("""
            INSERT INTO assessment (project_id, assessed_on, assessed_by, direct_jobs, competence_jobs, priority_jobs, sector,
                attractiveness, green, innovation, visibility, collaboration, feasibility, request_ore)
            VALUES (?, ?, 'synthetic', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let statuses: [(String, UInt64)] = [("idea", 15), ("planned", 20), ("active", 35), ("completed", 25), ("cancelled", 5)]
        let sectors = Sector.allCases.map(\.rawValue)
        for id in 1...portfolio.projects {
            let goal = goals[Int(random.next() % UInt64(goals.count))]
            let start = SyntheticPortfolio.day(2015, 2024, &random)
            try projectInsert.execute([Int64(id), "Prosjekt \(id)", SyntheticPortfolio.pick(statuses, &random), start.iso,
                                       start.adding(days: 180 + Int(random.next() % 1_000)).iso,
                                       Int64(1 + random.next() % 500) * 1_000_000, "Rådgiver \(1 + random.next() % 12)"])
            try goalInsert.execute([Int64(id), goal.id])
            if random.next() % 2 == 0, let strategy = goal.strategies.randomElement(using: &random) {
                try strategyInsert.execute([Int64(id), strategy])
            }
            for assessment in 0..<(random.next() % 10 < 8 ? 1 + Int(random.next() % 2) : 0) {
                let jobs = Double(random.next() % 60)
                try assessmentInsert.execute([
                    Int64(id), SyntheticPortfolio.day(2020 + assessment * 2, 2021 + assessment * 2, &random).iso, jobs,
                    Double(random.next() % UInt64(jobs + 1)), Double(random.next() % UInt64(jobs + 1)),
                    sectors[Int(random.next() % UInt64(sectors.count))],
                    Int64(random.next() % 6), Int64(random.next() % 6), Int64(random.next() % 6), Int64(random.next() % 6),
                    Int64(random.next() % 6), Int64(random.next() % 6), Int64(1 + random.next() % 200) * 1_000_000,
                ])
            }
            step()
        }
    }

    /// Grants, decided in memory first so that each fund's yearly allocation can cover its
    /// approvals, and no undertaking's de minimis aid goes over the ceiling: an award that
    /// would take it over EUR 200 000 in the four years up to its own is given as not aid.
    mutating func plannedGrants() -> [SyntheticPortfolio.GrantPlan] {
        var plans: [SyntheticPortfolio.GrantPlan] = []
        var deMinimisCents: [Int64: [Int: Int64]] = [:]
        for index in 0..<portfolio.grants {
            var plan = SyntheticPortfolio.GrantPlan(random: &random, funds: fundCount, partners: partnerCount, projects: portfolio.projects)
            if plan.deMinimis, let approved = plan.approvedOn {
                let undertaking = (plan.applicant - 1) % 10 == 1 ? plan.applicant - 1 : plan.applicant
                let cents = Int64((Double(plan.amount) / SyntheticPortfolio.rate(index)).rounded())
                let years = deMinimisCents[undertaking, default: [:]]
                let window: Int64 = (approved.year - 3...approved.year).reduce(0) { $0 + (years[$1] ?? 0) }
                if window + cents > 20_000_000 {
                    plan.deMinimis = false
                } else {
                    deMinimisCents[undertaking, default: [:]][approved.year, default: 0] += cents
                }
            }
            plans.append(plan)
        }
        return plans
    }

    func fundsAndAllocations(covering plans: [SyntheticPortfolio.GrantPlan]) throws {
        let fundInsert = try connection.cachedStatement("INSERT INTO fund (id, name) VALUES (?, ?)")
        for fund in 1..<max(1, fundCount) { try fundInsert.execute([Int64(fund + 1), "Næringsfond \(fund + 1)"]) }
        var approvedPerFundYear: [Int64: [Int: Int64]] = [:]
        for plan in plans {
            guard let approved = plan.approvedOn else { continue }
            approvedPerFundYear[plan.fund, default: [:]][approved.year, default: 0] += plan.amount
        }
        let allocationInsert = try connection.cachedStatement(
            "INSERT INTO allocation (fund_id, year, amount_ore, reference) VALUES (?, ?, ?, 'Kommunestyret')")
        for (fund, years) in approvedPerFundYear.sorted(by: { $0.key < $1.key }) {
            for (year, approved) in years.sorted(by: { $0.key < $1.key }) {
                // Whole millions of kroner, a tenth more than the approvals.
                try allocationInsert.execute([fund, year, (approved + approved / 10) / 100_000_000 * 100_000_000 + 100_000_000])
            }
        }
    }

    mutating func grants(_ plans: [SyntheticPortfolio.GrantPlan]) throws {
        let grantInsert = try connection.cachedStatement("""
            INSERT INTO grant (id, fund_id, applicant_id, project_id, purpose, basis, amount_applied_ore, total_cost_ore,
                received_on, status, approved_on, amount_approved_ore, deadline, case_ref, eur_rate, decided_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let paymentInsert = try connection.cachedStatement(
            "INSERT INTO payment (grant_id, paid_on, kind, amount_ore, is_final) VALUES (?, ?, ?, ?, ?)")
        let settle = try connection.cachedStatement(
            "UPDATE grant SET status = ?, decided_on = coalesce(?, decided_on), released_on = ? WHERE id = ?")
        for (index, plan) in plans.enumerated() {
            let id = Int64(index + 1)
            let approved = plan.approvedOn != nil
            try grantInsert.execute([
                id, plan.fund, plan.applicant, plan.project, "Formål \(id)", plan.deMinimis ? "de-minimis" : "not-aid",
                plan.amount, plan.amount * Int64(2 + index % 3), plan.received.iso,
                approved ? "approved" : plan.outcome.rawValue, plan.approvedOn?.iso, approved ? plan.amount : nil,
                plan.approvedOn?.adding(years: 2).iso, approved ? "\(plan.approvedOn!.year)/\(id)" : nil,
                plan.deMinimis && approved ? SyntheticPortfolio.rate(index) : nil,
                approved ? nil : plan.decidedOn?.iso,
            ])
            for payment in plan.payments {
                try paymentInsert.execute([id, payment.day.iso, "payment", payment.amount, payment.final])
            }
            if approved && plan.outcome != .approved {
                try settle.execute([plan.outcome.rawValue, plan.decidedOn?.iso, plan.releasedOn?.iso, id])
            }
            if let repayment = plan.repayment {
                try paymentInsert.execute([id, repayment.day.iso, "repayment", repayment.amount, false])
            }
            step()
        }
    }
}

