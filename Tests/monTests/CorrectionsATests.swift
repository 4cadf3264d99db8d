import Foundation
import Testing
import TestSupport

/// The adviser's slips with allocations, partners and projects, each set right
/// with mon alone, and each correction's refusals leaving the file as it was.
@Suite struct CorrectionsATests {
    /// Vefsn kommune registered twice (the duplicate, 3, with a mistyped organisation
    /// number) and holding the project's owner role, an approved grant and a declaration;
    /// 5 000 000 kr allocated for 2024, 4 000 000 kr of it granted.
    static let folder = buildDatabase([
        ["partner", "add", "Vefsn kommune", "--orgnr", "974760673", "--kind", "public", "--municipality", "Vefsn"],
        ["partner", "add", "Helgeland Industri AS", "--orgnr", "923609016", "--group", "Helgeland-konsernet", "--municipality", "Vefsn"],
        ["partner", "add", "Vefsn kommune", "--orgnr", "910000012", "--kind", "public", "--municipality", "Vefsn"],
        ["fund", "allocate", "--year", "2024", "5 000 000", "--reference", "KS-sak 12/24"],
        ["project", "add", "Sentrumsutvikling Mosjøen", "--goal", "3.4", "--status", "active"],
        ["project", "partner", "1", "3", "--role", "owner", "--contribution", "1 200 000"],
        ["project", "partner", "1", "2", "--role", "partner"],
        ["grant", "apply", "--applicant", "3", "--amount", "1 000 000", "--total-cost", "4 000 000", "--received", "2024-01-10", "--basis", "not-aid"],
        ["grant", "approve", "1", "--date", "2024-02-01"],
        ["grant", "apply", "--applicant", "2", "--amount", "3 000 000", "--total-cost", "8 000 000", "--received", "2024-03-01", "--basis", "not-aid"],
        ["grant", "approve", "2", "--date", "2024-04-01"],
        ["deminimis", "declare", "3", "100 000", "--date", "2024-01-15", "--giver", "Innovasjon Norge", "--eur-rate", "11.5"],
    ])

    let db: String

    init() throws {
        db = try copyDatabase(in: Self.folder)
    }

    func run(_ arguments: [String]) throws -> MonRun {
        let run = try mon(arguments + ["--db", db])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run
    }

    /// Refused with exactly `reason` as its one line, and the file byte for byte as it was.
    func expectRefusedUnchanged(_ arguments: [String], _ reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fileBytes(db)
        let refused = try mon(arguments + ["--db", db])
        expectRefused(refused, reason, sourceLocation: sourceLocation)
        #expect(refused.stderr == "error: \(reason)\n", sourceLocation: sourceLocation)
        #expect(try fileBytes(db) == before, sourceLocation: sourceLocation)
    }

    func sql(_ query: String) throws -> String {
        try run(["sql", query, "--format", "csv"]).stdout
    }

    // MARK: Allocations

    @Test func theRepeatedAllocateIsRefusedThenMadeOnPurposeThenAnnulled() throws {
        let status = try run(["fund", "status", "--format", "json"]).stdout
        let slip = ["fund", "allocate", "--year", "2024", "5 000 000", "--reference", "KS-sak 12/24"]
        try expectRefusedUnchanged(slip, "allocation 1 already gives Kommunalt næringsfond 5 000 000 kr for 2024 with the same reference; "
                                        + "to allocate it once more on purpose, add --again")
        #expect(try run(slip + ["--again"]).stdout == "2\n")
        let doubled = try #require(try run(["fund", "status", "--format", "json"]).json() as? [[String: Any]])
        #expect(doubled.first?["allocated"] as? Int == 10_000_000)
        #expect(doubled.first?["available"] as? Int == 6_000_000)

        _ = try run(["fund", "allocation", "annul", "2", "--reason", "Registrert to ganger"])
        #expect(try run(["fund", "status", "--format", "json"]).stdout == status)
        let available = try #require(try run(["fund", "status", "--format", "json"]).json() as? [[String: Any]]).first?["available"]
        #expect(available as? Int == 1_000_000)
    }

    @Test func theSlipIsRefusedAndTheHelpReadInBokmal() throws {
        let before = try fileBytes(db)
        let refused = try mon(["fund", "allocate", "--year", "2024", "5 000 000", "--reference", "KS-sak 12/24", "--db", db],
                              environment: ["MON_LANG": "nb"])
        #expect(refused.stderr == "error: bevilgning 1 gir allerede Kommunalt næringsfond 5 000 000 kr for 2024 med samme referanse; "
                                  + "legg til --again for å bevilge det samme én gang til med vilje\n")
        #expect(try fileBytes(db) == before)
        let help = try mon(["partner", "merge", "--help"], environment: ["MON_LANG": "nb"]).stdout
        #expect(help.contains("Slå sammen en dublett med partneren som beholdes."))
        #expect(help.contains("Hvorfor; tas vare på i historikken."))
    }

    @Test func theListShowsIdsAndMarksAnnulledOnes() throws {
        _ = try run(["fund", "allocate", "--year", "2025", "2 000 000"])
        _ = try run(["fund", "allocation", "annul", "2", "--reason", "Feil år"])
        let listed = try #require(try run(["fund", "allocation", "list", "--format", "json"]).json() as? [[String: Any]])
        #expect(listed.map { $0["id"] as? Int } == [1, 2])
        #expect(listed.map { $0["annulled"] as? Bool } == [false, true])
        #expect(listed.map { $0["annul_reason"] as? String } == [nil, "Feil år"])
        #expect(listed.first?["amount"] as? Int == 5_000_000)
        #expect(listed.first?["reference"] as? String == "KS-sak 12/24")
        let year = try #require(try run(["fund", "allocation", "list", "--year", "2025", "--format", "json"]).json() as? [[String: Any]])
        #expect(year.map { $0["id"] as? Int } == [2])
        let history = try #require(try run(["history", "--table", "allocation", "--id", "2", "--format", "json"]).json() as? [[String: Any]])
        #expect((history.last?["new_values"] as? [String: Any])?["annul_reason"] as? String == "Feil år")
    }

    @Test func annullingIsRefusedWhenTheFundWouldNotCoverItsGrants() throws {
        try expectRefusedUnchanged(["fund", "allocation", "annul", "1", "--reason", "Feil"],
                                   "allocation 1 cannot be annulled: without its 5 000 000 kr, Kommunalt næringsfond would have "
                                   + "0 kr available on 2024-02-01, too little for grant 1 approved that day")
    }

    @Test func annullingAskForAKnownLiveAllocationAndAReason() throws {
        try expectRefusedUnchanged(["fund", "allocation", "annul", "99", "--reason", "Feil"],
                                   "there is no allocation 99; `mon fund allocation list` shows them")
        try expectRefusedUnchanged(["fund", "allocation", "annul", "1", "--reason", "  "],
                                   "a correction needs a reason: say why with --reason")
        _ = try run(["fund", "allocate", "--year", "2025", "2 000 000"])
        _ = try run(["fund", "allocation", "annul", "2", "--reason", "Feil år"])
        try expectRefusedUnchanged(["fund", "allocation", "annul", "2", "--reason", "Igjen"], "allocation 2 is already annulled")
    }

    // MARK: Partners

    @Test func theDuplicateVefsnKommuneIsMergedAndItsNameFindsItAgain() throws {
        try expectRefusedUnchanged(["partner", "show", "Vefsn kommune"],
                                   "2 partners are named 'Vefsn kommune'; name one by its id or organisation number")
        _ = try run(["partner", "merge", "974760673", "3", "--reason", "Registrert to ganger"])

        let shown = try #require(try run(["partner", "show", "Vefsn kommune", "--format", "json"]).json() as? [String: Any])
        #expect(shown["id"] as? Int == 1)
        #expect((shown["projects"] as? [[String: Any]])?.map { $0["role"] as? String } == ["owner"])
        #expect((shown["projects"] as? [[String: Any]])?.first?["contribution"] as? Int == 1_200_000)
        #expect(try sql("SELECT id, applicant_id FROM grant ORDER BY id") == "id,applicant_id\r\n1,1\r\n2,2\r\n")
        #expect(try sql("SELECT partner_id FROM deminimis_declaration") == "partner_id\r\n1\r\n")
        let listed = try #require(try run(["partner", "list", "--format", "json"]).json() as? [[String: Any]])
        #expect(listed.map { $0["id"] as? Int } == [2, 1])

        let retired = try #require(try run(["partner", "show", "3", "--format", "json"]).json() as? [String: Any])
        #expect(retired["merged_into"] as? Int == 1)
        #expect(retired["merge_reason"] as? String == "Registrert to ganger")
        #expect((retired["projects"] as? [[String: Any]])?.isEmpty == true)
        let history = try #require(try run(["history", "--table", "partner", "--id", "3", "--format", "json"]).json() as? [[String: Any]])
        #expect((history.last?["new_values"] as? [String: Any])?["merge_reason"] as? String == "Registrert to ganger")
        try expectRefusedUnchanged(["project", "partner", "1", "3", "--role", "funder"], "partner 3 was merged into partner 1; use partner 1")
    }

    @Test func aMergeHandsOverTheGroupAndSharedRoleKeepsOneContribution() throws {
        _ = try run(["partner", "add", "Helgeland Industri", "--group", "Helgeland-konsernet"])
        _ = try run(["project", "partner", "1", "4", "--role", "partner", "--contribution", "300 000"])
        _ = try run(["partner", "update", "2", "--group", ""])
        _ = try run(["partner", "merge", "2", "4", "--reason", "Samme selskap"])
        let shown = try #require(try run(["partner", "show", "2", "--format", "json"]).json() as? [String: Any])
        #expect(shown["group"] as? String == "Helgeland-konsernet")
        #expect((shown["projects"] as? [[String: Any]])?.map { $0["contribution"] as? Int } == [300_000])
        #expect(try sql("SELECT partner_id, role FROM project_partner ORDER BY partner_id") == "partner_id,role\r\n2,partner\r\n3,owner\r\n")
        // The duplicate's own name, any case, finds the partner it was merged into.
        let byName = try #require(try run(["partner", "show", "helgeland industri", "--format", "json"]).json() as? [String: Any])
        #expect(byName["id"] as? Int == 2)
        #expect(try run(["grant", "apply", "--applicant", "Helgeland Industri", "--amount", "10 000", "--total-cost", "40 000",
                         "--received", "2024-05-01", "--basis", "not-aid"]).stdout == "3\n")
        #expect(try sql("SELECT applicant_id FROM grant WHERE id = 3") == "applicant_id\r\n2\r\n")
    }

    @Test func aMergeIsRefusedForOnePartnerAnUnknownOneDifferentRolesOrGroups() throws {
        try expectRefusedUnchanged(["partner", "merge", "1", "1", "--reason", "Feil"], "partner 1 cannot be merged into itself")
        try expectRefusedUnchanged(["partner", "merge", "1", "99", "--reason", "Feil"], "there is no partner 99")
        try expectRefusedUnchanged(["partner", "merge", "1", "3", "--reason", " "], "a correction needs a reason: say why with --reason")
        _ = try run(["project", "partner", "1", "1", "--role", "funder"])
        try expectRefusedUnchanged(["partner", "merge", "1", "3", "--reason", "Dublett"],
                                   "partners 1 and 3 both take part in project 1, as funder and as owner: remove the wrong role with "
                                   + "`mon project partner 1 PARTNER --role ROLE --remove` before merging")
        _ = try run(["partner", "add", "Helgeland Industri", "--group", "Annet konsern"])
        try expectRefusedUnchanged(["partner", "merge", "2", "4", "--reason", "Dublett"],
                                   "partner 2 is in the group Helgeland-konsernet and partner 4 in Annet konsern: "
                                   + "put them in one group with `mon partner update` before merging")
    }

    // MARK: Project partners and status

    @Test func aRoleGivenAgainKeepsItsContributionAndAnEmptyOneClearsIt() throws {
        _ = try run(["project", "partner", "1", "3", "--role", "owner"])
        #expect(try sql("SELECT contribution_ore FROM project_partner WHERE partner_id = 3") == "contribution_ore\r\n120000000\r\n")
        _ = try run(["project", "partner", "1", "3", "--role", "owner", "--contribution", ""])
        #expect(try sql("SELECT contribution_ore FROM project_partner WHERE partner_id = 3") == "contribution_ore\r\n\r\n")
    }

    @Test func aRoleIsRemovedAndRemovingOneItDoesNotHaveIsRefused() throws {
        try expectRefusedUnchanged(["project", "partner", "1", "1", "--role", "funder", "--remove"],
                                   "partner 1 is not funder in project 1; `mon project show 1` lists its partners")
        _ = try run(["project", "partner", "1", "2", "--remove"])
        #expect(try sql("SELECT partner_id FROM project_partner") == "partner_id\r\n3\r\n")
        try expectRefusedUnchanged(["project", "partner", "1", "2", "--remove"],
                                   "partner 2 has no role in project 1; `mon project show 1` lists its partners")
        try expectRefusedUnchanged(["project", "partner", "1", "2"],
                                   "give the partner's role with --role (owner, partner, funder or supplier), or take it away with --remove")
        try expectRefusedUnchanged(["project", "partner", "1", "3", "--remove", "--contribution", "5"],
                                   "--remove takes no --contribution: it takes the role away")
        let history = try #require(try run(["history", "--table", "project", "--id", "1", "--format", "json"]).json() as? [[String: Any]])
        #expect(history.last?["action"] as? String == "delete")
    }

    @Test func anActiveProjectGoesOnHoldOnlyWithAReason() throws {
        try expectRefusedUnchanged(["project", "status", "1", "planned"],
                                   "project 1 goes back from active to planned (on hold) only with a reason: add --reason")
        try expectRefusedUnchanged(["project", "status", "1", "planned", "--reason", "Venter", "--note", "Venter"],
                                   "give --reason or --note, not both: they are the same note")
        _ = try run(["project", "status", "1", "planned", "--reason", "Venter på finansiering"])
        let shown = try #require(try run(["project", "show", "1", "--format", "json"]).json() as? [String: Any])
        #expect(shown["status"] as? String == "planned")
        #expect(shown["status_note"] as? String == "Venter på finansiering")
        try expectRefusedUnchanged(["project", "status", "1", "idea", "--reason", "Tilbake"],
                                   "project 1 cannot move from planned to idea: status moves forward (idea, planned, active, completed), "
                                   + "to cancelled, or from active back to planned with --reason")
        _ = try run(["project", "status", "1", "active", "--note", "Finansiert"])
    }
}
