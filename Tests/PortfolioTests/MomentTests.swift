import Testing
import Portfolio

/// Stored UTC moments as a person in Vefsn reads them: Oslo time, summer and winter.
@Suite struct MomentTests {
    @Test(arguments: [
        ("2026-11-27T13:36:40.123Z", "2026-11-27T14:36:40+01:00", "27.11.2026 14:36:40"),
        ("2026-07-01T22:30:00Z", "2026-07-02T00:30:00+02:00", "02.07.2026 00:30:00"),
        ("2024-02-29T23:59:59.999Z", "2024-03-01T00:59:59+01:00", "01.03.2024 00:59:59"),
        ("1969-12-31T23:00:00Z", "1970-01-01T00:00:00+01:00", "01.01.1970 00:00:00"),
    ])
    func isShownInOsloTime(utc: String, iso: String, bokmal: String) {
        #expect(Moment.oslo(utc) == iso)
        #expect(Moment.readable(utc, in: .bokmal) == bokmal)
        #expect(Moment.readable(utc, in: .english) == iso.prefix(10) + " " + iso.dropFirst(11).prefix(8))
    }

    @Test(arguments: ["", "not a moment", "2026-13-01T00:00:00Z", "2026-11-27 13:36:40", "2026-11-27T25:00:00Z"])
    func leavesOtherTextAsItIs(text: String) {
        #expect(Moment.oslo(text) == text)
        #expect(Moment.readable(text, in: .bokmal) == text)
    }
}
