import Foundation
import Testing
import TestSupport

/// What the second attack found, each now a refusal in one line with the file unchanged.
@Suite struct AttackFollowUpTests {
    @Test func aFileThatFailsWhileReadIsNamedInWords() throws {
        let db = try Fixture.copy()
        let before = try fileBytes(db)
        let run = try mon(["import", "partners", "/proc/self/mem", "--db", db])
        expectRefused(run, "cannot read /proc/self/mem: the file could not be read to its end")
        #expect(try fileBytes(db) == before)
    }

    @Test func monSQLMakesNoValueOverSixteenMegabytes() throws {
        let run = try mon(["sql", "SELECT zeroblob(999999999)", "--db", try Fixture.copy()])
        expectRefused(run, "a value of the result would be over 16 MB, more than mon sql shows")
        #expect(try mon(["sql", "SELECT length(zeroblob(1000000)) AS n", "--format", "csv", "--db", try Fixture.copy()]).stdout == "n\r\n1000000\r\n")
    }

    @Test func aLongValueIsWrappedWhole() throws {
        let run = try mon(["sql", "SELECT printf('%.*c', 100000, 'x') AS long", "--db", try Fixture.copy()])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").dropFirst(2)
        #expect(lines.joined().count == 100_000 && lines.allSatisfy { $0.count <= 60 })
    }
}
