import Foundation
import Testing
import TestSupport

/// Corrections of grants and decisions on record, end to end through the binary:
/// each correction, each refusal with the file unchanged, and the adviser's slips replayed.
@Suite struct GrantCorrectionTests {
    /// 3 000 000 kr for 2026. Grant 1: 1 500 000 kr approved by the board with a member recused,
    /// deadline 2027-04-01. Grant 2: 1 000 000 kr approved, deadline 2026-12-31. Grant 3: pending.
    static let folder = buildDatabase([
        ["partner", "add", "Sjøgata Kafé AS", "--orgnr", "910000020", "--municipality", "Vefsn"],
        ["partner", "add", "Mosjøen Mek AS", "--orgnr", "910000039", "--municipality", "Vefsn"],
        ["fund", "allocate", "--year", "2026", "3 000 000", "--reference", "KS-sak 4/26"],
        ["grant", "apply", "--applicant", "910000020", "--amount", "1 500 000", "--total-cost", "4 000 000",
         "--received", "2026-01-15", "--basis", "not-aid"],
        ["grant", "approve", "1", "--date", "2026-02-01", "--deadline", "2027-04-01", "--decided-by", "styret",
         "--case", "PS 3/26", "--recused", "Kari Nordmann: styreleder i søkerselskapet"],
        ["grant", "apply", "--applicant", "910000039", "--amount", "1 000 000", "--total-cost", "4 000 000",
         "--received", "2026-01-20", "--basis", "not-aid"],
        ["grant", "approve", "2", "--date", "2026-02-01", "--deadline", "2026-12-31", "--decided-by", "daglig leder"],
        ["grant", "apply", "--applicant", "910000039", "--amount", "200 000", "--total-cost", "800 000",
         "--received", "2026-03-01", "--basis", "not-aid"],
    ])

    func run(_ arguments: [String], db: String) throws -> MonRun {
        try mon(arguments + ["--db", db])
    }

    /// Refused with one `error:` line saying `reason`, and the file byte for byte as it was.
    func expectRefusedUnchanged(_ arguments: [String], _ reason: String, db: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fileBytes(db)
        expectRefused(try run(arguments, db: db), reason, sourceLocation: sourceLocation)
        #expect(try fileBytes(db) == before, sourceLocation: sourceLocation)
    }

    func show(_ id: String, db: String) throws -> [String: Any] {
        try #require(try run(["grant", "show", id, "--format", "json"], db: db).json() as? [String: Any])
    }

    func available(_ db: String) throws -> String {
        let status = try #require(try run(["fund", "status", "--year", "2026", "--format", "json"], db: db).json() as? [[String: Any]])
        return "\(status.first?["available"] ?? "none")"
    }

    @Test func anApprovalRecordsWhoDecidedOnWhichCaseAndWhoSteppedAside() throws {
        let db = try copyDatabase(in: Self.folder)
        let grant = try show("1", db: db)
        #expect(grant["decided_on"] as? String == "2026-02-01")
        #expect(grant["decided_by"] as? String == "styret")
        #expect(grant["case_ref"] as? String == "PS 3/26")
        #expect(grant["decision_case"] as? String == "PS 3/26")
        let recused = try #require(grant["recused"] as? [[String: Any]])
        #expect(recused.count == 1)
        #expect(recused.first?["name"] as? String == "Kari Nordmann")
        #expect(recused.first?["grounds"] as? String == "styreleder i søkerselskapet")
        // Registered now, shown in Oslo time with its offset; the decision day is apart from it.
        let registered = try #require(grant["registered_at"] as? String)
        #expect(registered.hasSuffix("+01:00") || registered.hasSuffix("+02:00"), "\(registered)")
        let table = try run(["grant", "show", "1"], db: db).stdout
        #expect(table.contains("Kari Nordmann") && table.contains("styreleder i søkerselskapet"))
        let view = try run(["sql", "SELECT grant_id, decision, decided_on, decided_by, case_ref, recused FROM decision ORDER BY id",
                            "--format", "csv"], db: db).stdout
        #expect(view.contains("1,approved,2026-02-01,styret,PS 3/26,\"[{\"\"name\"\":\"\"Kari Nordmann\"\",\"\"grounds\"\":\"\"styreleder i søkerselskapet\"\"}]\""), "\(view)")
        #expect(view.contains("2,approved,2026-02-01,daglig leder,,[]"), "\(view)")
    }

    @Test func aDeciderMustBeOnTheListWhichAUserExtends() throws {
        let db = try copyDatabase(in: Self.folder)
        try expectRefusedUnchanged(["grant", "approve", "3", "--date", "2026-03-05", "--decided-by", "styre"],
                                   "styre is not on the list of deciders (administrasjonen, daglig leder, formannskapet, kommunestyret", db: db)
        try expectRefusedUnchanged(["grant", "approve", "3", "--date", "2026-03-05", "--recused", "Ola Nordmann"],
                                   "--recused \"Ola Nordmann\": write the member and the grounds as \"NAME: grounds\"", db: db)
        #expect(try run(["decider", "add", "arbeidsutvalget"], db: db).status == 0)
        try expectRefusedUnchanged(["decider", "add", "Arbeidsutvalget"], "Arbeidsutvalget is already on the list of deciders", db: db)
        let names = try #require(try run(["decider", "list", "--format", "json"], db: db).json() as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names == ["administrasjonen", "arbeidsutvalget", "daglig leder", "formannskapet", "kommunestyret", "styret"])
        #expect(try run(["grant", "approve", "3", "--date", "2026-03-05", "--decided-by", "Arbeidsutvalget"], db: db).status == 0)
        #expect(try show("3", db: db)["decided_by"] as? String == "arbeidsutvalget")
    }

    /// The slip of issue 14: `grant lapse` on the wrong id, five months before its deadline.
    @Test func theAdvisersWrongLapseIsRefusedWithoutADecisionAndReinstatedWithOne() throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try available(db)
        try expectRefusedUnchanged(["grant", "lapse", "1", "--date", "2026-11-01"],
                                   "grant 1's deadline is 2027-04-01: lapsing its 1 500 000 kr on 2026-11-01, before the deadline, is a decision; give --reason and --decided-by", db: db)
        try expectRefusedUnchanged(["grant", "lapse", "1", "--date", "2026-11-01", "--reason", "Avlyst"],
                                   "before the deadline, is a decision", db: db)
        #expect(try run(["grant", "lapse", "1", "--date", "2026-11-01", "--reason", "Prosjektet er avlyst", "--decided-by", "styret",
                         "--case", "PS 40/26"], db: db).status == 0)
        #expect(try show("1", db: db)["status"] as? String == "lapsed")
        #expect(try available(db) != before)
        // It was the wrong grant: reinstated, by a decision with its reason.
        try expectRefusedUnchanged(["grant", "reinstate", "1", "--date", "2026-11-02"],
                                   "a correction is kept with its reason: give it with --reason", db: db)
        try expectRefusedUnchanged(["grant", "reinstate", "2", "--date", "2026-11-02", "--reason", "Feil"],
                                   "grant 2 is approved: only a lapsed or withdrawn grant can be reinstated", db: db)
        try expectRefusedUnchanged(["grant", "reinstate", "1", "--date", "2026-10-31", "--reason", "Feil"],
                                   "the reinstatement (2026-10-31) cannot come before the decision it undoes (2026-11-01)", db: db)
        let reinstated = try run(["grant", "reinstate", "1", "--date", "2026-11-02", "--reason", "Bortfalt på feil tilsagn",
                                  "--decided-by", "daglig leder", "--actor", "radgiver"], db: db)
        #expect(reinstated.status == 0, "\(reinstated.stderr)")
        let grant = try show("1", db: db)
        #expect(grant["status"] as? String == "approved")
        #expect(grant["released_on"] is NSNull)
        #expect(grant["decided_by"] as? String == "daglig leder")
        #expect(grant["decision_note"] as? String == "Bortfalt på feil tilsagn")
        #expect(try available(db) == before)
        // grant show keeps every decision: the board's approval with its recusal, the lapse, the reinstatement.
        let decisions = try #require(grant["decisions"] as? [[String: Any]])
        #expect(decisions.map { "\($0["decision"] ?? ""), \($0["decided_on"] ?? ""), \($0["decided_by"] ?? ""), \($0["recused"] ?? "")" } == [
            "approved, 2026-02-01, styret, Kari Nordmann: styreleder i søkerselskapet",
            "lapsed, 2026-11-01, styret, ", "reinstated, 2026-11-02, daglig leder, ",
        ])
        // History tells the whole story: approved, lapsed by the board's decision, reinstated and why.
        let story = try #require(try run(["history", "--table", "grant", "--id", "1", "--format", "json"], db: db).json() as? [[String: Any]])
        let recorded = story.filter { $0["table"] as? String == "grant_decision" }
            .compactMap { ($0["new_values"] as? [String: Any]).map { "\($0["decision"] ?? ""): \($0["reason"] ?? "")" } }
        #expect(recorded == ["approved: <null>", "lapsed: Prosjektet er avlyst", "reinstated: Bortfalt på feil tilsagn"], "\(recorded)")
        let statuses = story.filter { $0["table"] as? String == "grant" }.compactMap { ($0["new_values"] as? [String: Any])?["status"] as? String }
        #expect(statuses == ["applied", "approved", "lapsed", "approved"])
        #expect(story.contains { $0["table"] as? String == "grant_recusal" })
        // Who did the reinstating: only that actor's changes.
        let byAdviser = try #require(try run(["history", "--actor", "radgiver", "--format", "json"], db: db).json() as? [[String: Any]])
        #expect(byAdviser.count == 2)
        #expect(byAdviser.allSatisfy { $0["actor"] as? String == "radgiver" })
    }

    @Test func reinstatingIsRefusedWhenALaterApprovalHasTakenTheMoney() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try run(["grant", "lapse", "2", "--date", "2026-11-01", "--reason", "Avlyst", "--decided-by", "styret"], db: db).status == 0)
        #expect(try run(["grant", "apply", "--applicant", "910000020", "--amount", "1 400 000", "--total-cost", "4 000 000",
                         "--received", "2026-11-03", "--basis", "not-aid"], db: db).status == 0)
        #expect(try run(["grant", "approve", "4", "--date", "2026-11-05"], db: db).status == 0)
        try expectRefusedUnchanged(["grant", "reinstate", "2", "--date", "2026-11-06", "--reason", "Feil"],
                                   "Kommunalt næringsfond has 100 000 kr available on 2026-11-05: it cannot cover 1 000 000 kr", db: db)
    }

    @Test func aWithdrawnApplicationIsReinstatedAsAnApplication() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try run(["grant", "withdraw", "3", "--date", "2026-03-10", "--reason", "Søkeren trakk søknaden"], db: db).status == 0)
        #expect(try show("3", db: db)["decision_note"] as? String == "Søkeren trakk søknaden")
        #expect(try run(["grant", "reinstate", "3", "--date", "2026-03-11", "--reason", "Trukket ved en feil"], db: db).status == 0)
        #expect(try show("3", db: db)["status"] as? String == "applied")
    }

    @Test func annullingAGrantLeavesEveryFigureAndKeepsItVisible() throws {
        let db = try copyDatabase(in: Self.folder)
        try expectRefusedUnchanged(["grant", "annul", "2"], "a correction is kept with its reason: give it with --reason", db: db)
        #expect(try run(["grant", "pay", "2", "100 000", "--date", "2026-03-01"], db: db).status == 0)
        try expectRefusedUnchanged(["grant", "annul", "2", "--reason", "Feil"],
                                   "grant 2 has had 100 000 kr paid out: money that moved is corrected by a repayment, not by annulling the grant", db: db)
        #expect(try run(["grant", "annul", "1", "--reason", "Registrert på feil søker"], db: db).status == 0)
        let grant = try show("1", db: db)
        #expect(grant["status"] as? String == "annulled")
        #expect(grant["correction_note"] as? String == "Registrert på feil søker")
        #expect(grant["amount_approved"] as? Double == 1_500_000)
        try expectRefusedUnchanged(["grant", "annul", "1", "--reason", "Igjen"], "grant 1 is already annulled", db: db)
        try expectRefusedUnchanged(["grant", "pay", "1", "1 000", "--date", "2026-04-01"], "grant 1 is annulled: it takes no payment", db: db)
        let listed = try #require(try run(["grant", "list", "--format", "json"], db: db).json() as? [[String: Any]]).compactMap { $0["id"] as? Int }
        #expect(listed == [2, 3])
        let annulled = try #require(try run(["grant", "list", "--status", "annulled", "--format", "json"], db: db).json() as? [[String: Any]])
        #expect(annulled.compactMap { $0["id"] as? Int } == [1])
        let norwegian = try mon(["grant", "show", "1", "--db", db], environment: ["MON_LANG": "nb"]).stdout
        #expect(norwegian.contains("annullert"))
    }

    /// Every figure a grant moves, as the binary prints it.
    func figures(_ db: String) throws -> [String] {
        try [["fund", "status", "--year", "2026"], ["fund", "status"], ["grant", "list", "--public"], ["grant", "list", "--register"],
             ["grant", "list"], ["deminimis", "910000039", "--at", "2026-12-31"], ["report", "--year", "2026"]]
            .map { try run($0 + ["--format", "json"], db: db).stdout }
            // The report's history head counts the rows written since: every other figure must be as before.
            .map { $0.replacingOccurrences(of: #""history_head"\s*:\s*\{[^}]*\}"#, with: "", options: .regularExpression) }
    }

    @Test func afterAnnullingEveryGrantOfAYearEveryFundFigureIsAsBeforeTheGrants() throws {
        let folder = try makeTemporaryFolder()
        let db = folder + "/mon.sqlite"
        for step in [["init"], ["partner", "add", "Mosjøen Mek AS", "--orgnr", "910000039", "--municipality", "Vefsn"],
                     ["fund", "allocate", "--year", "2026", "3 000 000"]] {
            #expect(try run(step, db: db).status == 0)
        }
        let before = try figures(db)
        let year: [[String]] = [
            ["grant", "apply", "--applicant", "910000039", "--amount", "1 200 000", "--total-cost", "3 000 000", "--received", "2026-01-10"],
            ["grant", "approve", "1", "--date", "2026-02-01", "--eur-rate", "11.5", "--decided-by", "styret"],
            ["grant", "apply", "--applicant", "910000039", "--amount", "500 000", "--total-cost", "2 000 000", "--received", "2026-01-10", "--basis", "not-aid"],
            ["grant", "approve", "2", "--date", "2026-02-01"],
            ["grant", "lapse", "2", "--date", "2026-05-01"],
            ["grant", "apply", "--applicant", "910000039", "--amount", "100 000", "--total-cost", "400 000", "--received", "2026-03-01"],
            ["grant", "reject", "3", "--date", "2026-03-05", "--reason", "Utenfor retningslinjene"],
            ["grant", "apply", "--applicant", "910000039", "--amount", "100 000", "--total-cost", "400 000", "--received", "2026-04-01"],
        ]
        for step in year {
            let result = try run(step, db: db)
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        #expect(try figures(db) != before)
        for id in ["1", "2", "3", "4"] {
            #expect(try run(["grant", "annul", id, "--reason", "Registrert ved en feil"], db: db).status == 0)
        }
        let after = try figures(db)
        for (was, now) in zip(before, after) { #expect(was == now) }
    }

    @Test func anApplicationsFieldsAreCorrectedUntilItIsDecidedThenOnlyPurposeCaseAndALaterDeadline() throws {
        let db = try copyDatabase(in: Self.folder)
        try expectRefusedUnchanged(["grant", "update", "3", "--amount", "250 000"], "a correction is kept with its reason: give it with --reason", db: db)
        try expectRefusedUnchanged(["grant", "update", "3", "--reason", "Feil"], "nothing to update: give the fields to correct", db: db)
        try expectRefusedUnchanged(["grant", "update", "3", "--amount", "900 000", "--reason", "Feil"],
                                   "the amount applied for (900 000 kr) is more than the total cost (800 000 kr)", db: db)
        try expectRefusedUnchanged(["grant", "update", "3", "--deadline", "2026-12-31", "--reason", "Feil"],
                                   "grant 3 is applied: only an approved grant still open has a deadline to extend", db: db)
        #expect(try run(["grant", "update", "3", "--amount", "250 000", "--applicant", "910000020", "--purpose", "Ny kaffebar",
                         "--reason", "Feil beløp og søker i søknaden"], db: db).status == 0)
        let pending = try show("3", db: db)
        #expect(pending["amount_applied"] as? Double == 250_000)
        #expect(pending["applicant"] as? String == "Sjøgata Kafé AS")
        #expect(pending["correction_note"] as? String == "Feil beløp og søker i søknaden")
        try expectRefusedUnchanged(["grant", "update", "1", "--amount", "1 400 000", "--reason", "Feil"],
                                   "grant 1 is approved: --amount was part of the decided application and cannot change; after the decision only --purpose, --case and a later --deadline can", db: db)
        try expectRefusedUnchanged(["grant", "update", "1", "--total-cost", "5 000 000", "--reason", "Feil"],
                                   "grant 1 is approved: --total-cost was part of the decided application", db: db)
        try expectRefusedUnchanged(["grant", "update", "1", "--deadline", "2027-01-01", "--reason", "Feil"],
                                   "the new deadline (2027-01-01) is before the current one (2027-04-01): a deadline can only be extended", db: db)
        #expect(try run(["grant", "update", "1", "--deadline", "2027-06-30", "--case", "PS 41/26", "--reason", "Forlenget frist"], db: db).status == 0)
        let extended = try show("1", db: db)
        #expect(extended["deadline"] as? String == "2027-06-30")
        #expect(extended["case_ref"] as? String == "PS 41/26")
    }

    /// The board report's grant table says who approved each grant, on which case, and who stepped aside.
    @Test func theReportsGrantTableShowsWhoDecidedAndWhoSteppedAside() throws {
        let db = try copyDatabase(in: Self.folder)
        let markdown = try run(["report", "--year", "2026"], db: db).stdout
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Sjøgata Kafé AS") })
        #expect(row.hasSuffix("| styret, sak PS 3/26 | Kari Nordmann (styreleder i søkerselskapet) |"), "\(row)")
        let other = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Mosjøen Mek AS") })
        #expect(other.hasSuffix("| daglig leder |  |"), "\(other)")
        let html = try run(["report", "--year", "2026", "--format", "html"], db: db).stdout
        #expect(html.contains("<td>styret, sak PS 3/26</td><td>Kari Nordmann (styreleder i søkerselskapet)</td>"))
    }
}
