/// An example MON portfolio on the 2021–2024 plan: projects drawn from the
/// plan's own measures across all three focus areas, fictional companies
/// (with valid organisation numbers), the public partners the plan names, a
/// fund with allocations for 2021–2024 and grants in every state. Everything
/// goes in through the same repositories, and rules, as a person's commands.
public enum DemoPortfolio {
    /// The day the demo's assessments were made; rankings are as of any day after.
    public static let assessedOn = Day(year: 2024, month: 1, day: 15)!

    struct ExamplePartner {
        let name: String
        let orgnr: String?
        let kind: PartnerKind
        let municipality: String?
        let group: String?
    }

    static let partners: [ExamplePartner] = [
        ExamplePartner(name: "Vefsn kommune", orgnr: nil, kind: .public, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Nordland fylkeskommune", orgnr: nil, kind: .public, municipality: "Bodø", group: nil),
        ExamplePartner(name: "Innovasjon Norge", orgnr: nil, kind: .funding, municipality: nil, group: nil),
        ExamplePartner(name: "Vefsna Regionalpark", orgnr: nil, kind: .association, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Mosjøen næringsforening", orgnr: nil, kind: .association, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Nord universitet", orgnr: nil, kind: .research, municipality: "Bodø", group: nil),
        ExamplePartner(name: "Kulstad Industri AS", orgnr: "910000004", kind: .company, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Vefsn Smolt AS", orgnr: "910000012", kind: .company, municipality: "Vefsn", group: "Vefsn Havbruk-konsernet"),
        ExamplePartner(name: "Vefsn Havbruk Eiendom AS", orgnr: "910000020", kind: .company, municipality: "Vefsn", group: "Vefsn Havbruk-konsernet"),
        ExamplePartner(name: "Sjøgata Design AS", orgnr: "910000039", kind: .company, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Mosjøen Mekaniske AS", orgnr: "910000047", kind: .company, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Helgeland Opplevelser AS", orgnr: "910000055", kind: .company, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Fjellvekst Gründerhus AS", orgnr: "910000063", kind: .company, municipality: "Hattfjelldal", group: nil),
        ExamplePartner(name: "Byggsirkel AS", orgnr: "910000071", kind: .company, municipality: "Vefsn", group: nil),
        ExamplePartner(name: "Nordlys Hydrogen AS", orgnr: "910000098", kind: .company, municipality: "Vefsn", group: nil),
    ]

    struct ExampleProject {
        let name: String
        let goals: [String]
        let strategies: [String]
        let status: ProjectStatus
        let start: String?
        let budget: Int64
        let responsible: String
        let partners: [(String, PartnerRole)]
        /// direct, competence, priority jobs; sector; attractiveness, green, innovation, visibility, collaboration; feasibility; request (kroner)
        let assessment: (Double, Double, Double, Sector, Int, Int, Int, Int, Int, Int, Int64)
    }

    static let projects: [ExampleProject] = [
        ExampleProject(name: "Næringsarealer på Kulstad – tilrettelegging og markedsføring", goals: ["1.1"], strategies: ["1.1a", "1.1c"],
             status: .active, start: "2022-03-01", budget: 2_500_000, responsible: "Kari Nordmann",
             partners: [("Vefsn kommune", .owner), ("Kulstad Industri AS", .partner)],
             assessment: (25, 5, 8, .industry, 2, 2, 2, 3, 4, 4, 600_000)),
        ExampleProject(name: "Mulighetsanalyse Vefsn industripark", goals: ["1.3"], strategies: ["1.3a", "1.3b"],
             status: .planned, start: "2024-02-01", budget: 1_200_000, responsible: "Ola Hansen",
             partners: [("Vefsn kommune", .owner), ("Nordland fylkeskommune", .funder)],
             assessment: (40, 8, 10, .industry, 2, 3, 3, 4, 5, 2, 400_000)),
        ExampleProject(name: "Ny godsterminal Mosjøen", goals: ["1.5"], strategies: ["1.5a", "1.5b", "1.5c"],
             status: .active, start: "2021-09-01", budget: 8_000_000, responsible: "Ola Hansen",
             partners: [("Vefsn kommune", .partner), ("Nordland fylkeskommune", .funder)],
             assessment: (15, 2, 3, .services, 1, 4, 2, 4, 5, 3, 1_000_000)),
        ExampleProject(name: "Overskuddsvarme fra prosessindustrien", goals: ["1.4", "3.3"], strategies: ["1.4a", "3.3f"],
             status: .planned, start: "2024-04-01", budget: 4_000_000, responsible: "Kari Nordmann",
             partners: [("Mosjøen Mekaniske AS", .owner), ("Innovasjon Norge", .funder)],
             assessment: (30, 10, 6, .industry, 2, 5, 4, 3, 4, 3, 900_000)),
        ExampleProject(name: "Bedriftsnettverk Mosjøen", goals: ["1.4"], strategies: ["1.4b", "1.4c"],
             status: .active, start: "2021-05-01", budget: 300_000, responsible: "Siri Berg",
             partners: [("Mosjøen næringsforening", .owner)],
             assessment: (4, 1, 2, .services, 2, 1, 2, 2, 5, 4, 100_000)),
        ExampleProject(name: "Statlige arbeidsplasser til Vefsn", goals: ["1.2"], strategies: ["1.2a", "1.2b", "1.2d"],
             status: .idea, start: nil, budget: 200_000, responsible: "Ola Hansen",
             partners: [("Vefsn kommune", .partner)],
             assessment: (20, 15, 10, .public, 3, 1, 1, 3, 3, 1, 150_000)),
        ExampleProject(name: "Merkevarebygging «Energi i sentrum!»", goals: ["2.1"], strategies: ["2.1a", "2.1b", "2.1d"],
             status: .active, start: "2022-01-10", budget: 900_000, responsible: "Siri Berg",
             partners: [("Sjøgata Design AS", .supplier), ("Mosjøen næringsforening", .partner)],
             assessment: (2, 1, 2, .creative, 5, 1, 2, 5, 4, 4, 350_000)),
        ExampleProject(name: "Reisemålsutvikling med Vefsna Regionalpark", goals: ["2.3"], strategies: ["2.3a", "2.3b"],
             status: .active, start: "2021-06-01", budget: 1_500_000, responsible: "Siri Berg",
             partners: [("Vefsna Regionalpark", .owner), ("Helgeland Opplevelser AS", .partner)],
             assessment: (12, 2, 7, .tourism, 4, 3, 2, 4, 4, 4, 450_000)),
        ExampleProject(name: "Laksetrapper og sjøørret i Vefsna", goals: ["2.5"], strategies: ["2.5c"],
             status: .active, start: "2021-04-01", budget: 3_000_000, responsible: "Kari Nordmann",
             partners: [("Vefsn kommune", .owner), ("Vefsn Smolt AS", .partner)],
             assessment: (6, 2, 2, .primary, 5, 5, 2, 4, 4, 4, 500_000)),
        ExampleProject(name: "Studentpraksis hos lokale bedrifter", goals: ["2.4"], strategies: ["2.4a", "2.4b"],
             status: .active, start: "2022-08-15", budget: 400_000, responsible: "Siri Berg",
             partners: [("Nord universitet", .partner), ("Mosjøen Mekaniske AS", .partner)],
             assessment: (4, 4, 4, .knowledge, 4, 1, 3, 2, 4, 5, 150_000)),
        ExampleProject(name: "Kreativ næringshage i Sjøgata", goals: ["2.6"], strategies: ["2.6a", "2.6b"],
             status: .planned, start: "2024-09-01", budget: 2_000_000, responsible: "Siri Berg",
             partners: [("Sjøgata Design AS", .owner)],
             assessment: (10, 6, 7, .creative, 5, 2, 3, 3, 3, 3, 700_000)),
        ExampleProject(name: "Flytt til Vefsn – rekruttering og bolyst", goals: ["2.2"], strategies: ["2.2a"],
             status: .active, start: "2022-02-01", budget: 600_000, responsible: "Ola Hansen",
             partners: [("Vefsn kommune", .owner)],
             assessment: (3, 2, 2, .public, 5, 0, 1, 4, 4, 4, 250_000)),
        ExampleProject(name: "Mulighetsanalyse for høyere utdanning i Vefsn", goals: ["2.4"], strategies: ["2.4c"],
             status: .idea, start: nil, budget: 500_000, responsible: "Siri Berg",
             partners: [("Nord universitet", .partner)],
             assessment: (8, 8, 5, .knowledge, 4, 1, 3, 3, 4, 2, 200_000)),
        ExampleProject(name: "Mulighetsanalyse Vefsn ByLab", goals: ["3.4", "3.3"], strategies: ["3.4a"],
             status: .planned, start: "2024-03-01", budget: 800_000, responsible: "Kari Nordmann",
             partners: [("Vefsn kommune", .owner), ("Nord universitet", .partner)],
             assessment: (6, 5, 3, .knowledge, 3, 3, 5, 3, 5, 3, 300_000)),
        ExampleProject(name: "Smartby Mosjøen – sensorer og åpne data", goals: ["3.3"], strategies: ["3.3b", "3.3e", "3.3g"],
             status: .active, start: "2023-01-15", budget: 1_100_000, responsible: "Kari Nordmann",
             partners: [("Vefsn kommune", .owner), ("Kulstad Industri AS", .supplier)],
             assessment: (5, 4, 2, .knowledge, 3, 3, 5, 3, 4, 4, 400_000)),
        ExampleProject(name: "Klyngeprosjekt for opplevelsesnæringen på Helgeland", goals: ["3.5"], strategies: ["3.5a", "3.5b"],
             status: .planned, start: "2024-06-01", budget: 2_200_000, responsible: "Ola Hansen",
             partners: [("Helgeland Opplevelser AS", .owner), ("Innovasjon Norge", .funder)],
             assessment: (15, 3, 8, .tourism, 4, 2, 4, 4, 5, 3, 800_000)),
        ExampleProject(name: "Etablererservice Vefsn", goals: ["3.2"], strategies: ["3.2a", "3.2b"],
             status: .active, start: "2021-01-04", budget: 700_000, responsible: "Siri Berg",
             partners: [("Fjellvekst Gründerhus AS", .partner)],
             assessment: (10, 3, 6, .services, 3, 1, 4, 2, 4, 4, 250_000)),
        ExampleProject(name: "Innovasjonskurs og søknadshjelp", goals: ["3.1"], strategies: ["3.1a", "3.1b"],
             status: .active, start: "2022-09-01", budget: 250_000, responsible: "Ola Hansen",
             partners: [("Innovasjon Norge", .partner)],
             assessment: (2, 2, 1, .knowledge, 1, 1, 5, 1, 4, 5, 80_000)),
        ExampleProject(name: "Sirkulær økonomi i byggenæringen", goals: ["3.3"], strategies: ["3.3f"],
             status: .idea, start: nil, budget: 1_500_000, responsible: "Kari Nordmann",
             partners: [("Byggsirkel AS", .owner)],
             assessment: (8, 3, 2, .industry, 2, 5, 4, 2, 3, 3, 450_000)),
        ExampleProject(name: "Hydrogenproduksjon i Vefsn", goals: ["1.1", "3.3"], strategies: ["1.1d", "3.3f"],
             status: .idea, start: nil, budget: 60_000_000, responsible: "Ola Hansen",
             partners: [("Nordlys Hydrogen AS", .owner), ("Innovasjon Norge", .funder)],
             assessment: (35, 12, 8, .industry, 3, 5, 5, 5, 3, 1, 2_000_000)),
        ExampleProject(name: "Kulturnæringsfestival 2021", goals: ["2.6"], strategies: ["2.6b"],
             status: .completed, start: "2021-05-01", budget: 350_000, responsible: "Siri Berg",
             partners: [("Sjøgata Design AS", .partner)],
             assessment: (1, 0, 1, .creative, 4, 1, 2, 4, 3, 5, 100_000)),
    ]

    /// A grant's path: applied, then what happened to it.
    enum Path {
        case pending
        case rejected(String)
        case withdrawnApplication(String)
        case approved(on: String, amount: Int64?, deadline: String?)
        case pay(Int64, on: String, final: Bool = false)
        case lapse(String)
        case withdraw(String)
        case repay(Int64, on: String)
        case close(String)
    }

    struct ExampleGrant {
        let applicant: String
        let project: Int
        let amount: Int64
        let totalCost: Int64
        let received: String
        let basis: AidBasis
        let rate: Double?
        let purpose: String
        let reason: String?
        let path: [Path]
    }

    static let grants: [ExampleGrant] = [
        ExampleGrant(applicant: "910000004", project: 1, amount: 500_000, totalCost: 2_500_000, received: "2021-02-01", basis: .deMinimis, rate: 10.25,
                    purpose: "Grunnarbeid næringsareal", reason: nil,
                    path: [.approved(on: "2021-03-01", amount: 450_000, deadline: "2022-12-31"), .pay(450_000, on: "2022-06-01"), .close("2022-09-01")]),
        ExampleGrant(applicant: "910000039", project: 7, amount: 300_000, totalCost: 900_000, received: "2022-01-05", basis: .deMinimis, rate: 9.95,
                    purpose: "Merkevareplattform og presentasjonsmal", reason: nil,
                    path: [.approved(on: "2022-02-01", amount: nil, deadline: "2023-06-30"), .pay(150_000, on: "2022-10-01"), .pay(100_000, on: "2023-05-01", final: true)]),
        ExampleGrant(applicant: "910000055", project: 8, amount: 400_000, totalCost: 1_500_000, received: "2021-05-10", basis: .deMinimis, rate: 10.1,
                    purpose: "Pakketering av opplevelser langs Vefsna", reason: nil,
                    path: [.approved(on: "2021-06-15", amount: 400_000, deadline: "2022-06-15"), .pay(200_000, on: "2021-12-01"), .lapse("2022-06-16")]),
        ExampleGrant(applicant: "910000012", project: 9, amount: 600_000, totalCost: 3_000_000, received: "2021-03-15", basis: .deMinimis, rate: 10.2,
                    purpose: "Smoltanlegg og reetablering av laks", reason: nil,
                    path: [.approved(on: "2021-04-20", amount: 600_000, deadline: "2023-12-31"), .pay(600_000, on: "2022-03-01"), .repay(150_000, on: "2023-02-01")]),
        ExampleGrant(applicant: "910000063", project: 17, amount: 200_000, totalCost: 700_000, received: "2022-01-20", basis: .deMinimis, rate: 9.9,
                    purpose: "Gründerhus og etablererkurs", reason: nil,
                    path: [.rejected("2022-02-15")]),
        ExampleGrant(applicant: "910000071", project: 19, amount: 250_000, totalCost: 1_500_000, received: "2023-03-01", basis: .deMinimis, rate: nil,
                    purpose: "Forprosjekt ombruk av byggematerialer", reason: nil,
                    path: [.withdrawnApplication("2023-04-01")]),
        ExampleGrant(applicant: "910000047", project: 4, amount: 900_000, totalCost: 4_000_000, received: "2023-09-01", basis: .deMinimis, rate: 11.6,
                    purpose: "Forprosjekt overskuddsvarme", reason: nil,
                    path: [.approved(on: "2023-10-15", amount: 800_000, deadline: "2025-10-15"), .pay(300_000, on: "2024-02-01")]),
        ExampleGrant(applicant: "910000055", project: 16, amount: 800_000, totalCost: 2_200_000, received: "2023-11-01", basis: .deMinimis, rate: 11.7,
                    purpose: "Klyngefasilitering første år", reason: nil,
                    path: [.approved(on: "2024-01-10", amount: 700_000, deadline: "2025-12-31")]),
        ExampleGrant(applicant: "910000039", project: 11, amount: 700_000, totalCost: 2_000_000, received: "2024-02-01", basis: .deMinimis, rate: 11.5,
                    purpose: "Innredning av næringshage", reason: nil,
                    path: [.approved(on: "2024-03-01", amount: 600_000, deadline: "2024-12-31"), .withdraw("2024-05-01")]),
        ExampleGrant(applicant: "910000098", project: 20, amount: 2_000_000, totalCost: 60_000_000, received: "2024-03-01", basis: .deMinimis, rate: nil,
                    purpose: "Mulighetsstudie hydrogenproduksjon", reason: nil,
                    path: [.pending]),
        ExampleGrant(applicant: "Vefsn kommune", project: 15, amount: 400_000, totalCost: 1_100_000, received: "2023-01-10", basis: .notAid, rate: nil,
                    purpose: "Sensorer og åpne data i sentrum", reason: nil,
                    path: [.approved(on: "2023-02-01", amount: 400_000, deadline: "2024-12-31"), .pay(400_000, on: "2023-12-01")]),
        ExampleGrant(applicant: "Mosjøen næringsforening", project: 5, amount: 180_000, totalCost: 300_000, received: "2021-04-01", basis: .notAid, rate: nil,
                    purpose: "Bransjenettverk og møteplasser", reason: "Nettverk uten egen inntekt; styrevedtak 14/21",
                    path: [.approved(on: "2021-05-01", amount: 180_000, deadline: "2022-05-01"), .pay(180_000, on: "2021-11-01"), .close("2022-01-15")]),
        ExampleGrant(applicant: "Vefsna Regionalpark", project: 8, amount: 300_000, totalCost: 1_500_000, received: "2022-04-01", basis: .notAid, rate: nil,
                    purpose: "Masterplan for reisemålet", reason: nil,
                    path: [.approved(on: "2022-05-01", amount: 300_000, deadline: "2023-05-01"), .pay(120_000, on: "2022-11-01")]),
    ]

    /// Loads the portfolio into a database that holds the plan and nothing else.
    public static func load(into db: PortfolioDatabase) throws {
        try db.write {
            let held: Int64 = try db.connection.scalar("SELECT (SELECT count(*) FROM partner) + (SELECT count(*) FROM project)") ?? 0
            guard held == 0 else {
                throw PortfolioError.refused(Message("demo.not_empty", ["path": .text(db.path)]))
            }
            let partnerRepository = PartnerRepository(db)
            for company in partners {
                try partnerRepository.add(name: company.name, orgnr: try company.orgnr.map(OrganisationNumber.init(parsing:)),
                                          kind: company.kind, municipality: company.municipality, group: company.group)
            }
            let projectRepository = ProjectRepository(db)
            let scoring = ScoringRepository(db)
            for plan in projects {
                let id = try projectRepository.add(Project(
                    name: plan.name, status: plan.status, startDate: try plan.start.map(Day.init(parsing:)),
                    budget: Money(kroner: plan.budget), responsible: plan.responsible, goals: plan.goals, strategies: plan.strategies))
                for (partner, role) in plan.partners {
                    try projectRepository.setPartner(id, partner: partner, role: role)
                }
                let (direct, competence, priority, sector, attractiveness, green, innovation, visibility, collaboration,
                     feasibility, request) = plan.assessment
                try scoring.assess(Assessment(
                    .project(id), assessedOn: assessedOn, directJobs: direct, competenceJobs: competence, priorityJobs: priority,
                    sector: sector, attractiveness: attractiveness, green: green, innovation: innovation, visibility: visibility,
                    collaboration: collaboration, feasibility: feasibility, request: Money(kroner: request)))
            }
            let funds = FundRepository(db)
            for (year, amount) in [(2021, 3_000_000), (2022, 3_500_000), (2023, 4_000_000), (2024, 4_000_000)] as [(Int, Int64)] {
                try funds.allocate(year: year, amount: Money(kroner: amount), reference: "Kommunestyret, budsjett \(year)")
            }
            let grantRepository = GrantRepository(db)
            for application in grants {
                let id = try grantRepository.apply(GrantApplication(
                    applicant: application.applicant, amount: Money(kroner: application.amount),
                    totalCost: Money(kroner: application.totalCost), projectID: Int64(application.project),
                    receivedOn: try Day(parsing: application.received), basis: application.basis, purpose: application.purpose)).id
                for step in application.path {
                    switch step {
                    case .pending: break
                    case .rejected(let day): try grantRepository.reject(id, on: try Day(parsing: day), decision: DecisionRecord(reason: "Utenfor retningslinjene"))
                    case .withdrawnApplication(let day), .withdraw(let day): try grantRepository.withdraw(id, on: try Day(parsing: day))
                    case .approved(let day, let amount, let deadline):
                        _ = try grantRepository.approve(id, GrantApproval(
                            date: try Day(parsing: day), amount: amount.map(Money.init(kroner:)),
                            deadline: try deadline.map(Day.init(parsing:)), caseReference: "\(day.prefix(4))/\(100 + id)",
                            eurRate: application.rate, reason: application.reason))
                    case .pay(let amount, let day, let final):
                        try grantRepository.pay(id, Money(kroner: amount), on: try Day(parsing: day), final: final)
                    case .lapse(let day): try grantRepository.lapse(id, on: try Day(parsing: day))
                    case .repay(let amount, let day): try grantRepository.repay(id, Money(kroner: amount), on: try Day(parsing: day))
                    case .close(let day): try grantRepository.close(id, on: try Day(parsing: day))
                    }
                }
            }
            // A round that gathers the pending application, so that `mon round` has one to show.
            try RoundRepository(db).add(name: "Vår 2024", deadline: try Day(parsing: "2024-03-15"), budget: Money(kroner: 2_500_000))
        }
    }
}
