/// Every sentence and word mon shows a person, by key: one catalogue per
/// language (the folders `English/` and `Bokmal/`, a file per part of the
/// domain), compiled in. Tests check that both languages hold the same keys
/// with the same `{arguments}`, and that no key is written twice.
enum Catalogue {
    static func entries(_ language: Language) -> [Message.Key: String] {
        switch language {
        case .bokmal: bokmal
        case .english: english
        }
    }

    /// Each part's entries in the order written: pairs, not dictionaries, so that each key is hashed once,
    /// when the catalogue is made at start-up, and a key written twice can be found by a test.
    static func parts(_ language: Language) -> [KeyValuePairs<Message.Key, String>] {
        switch language {
        case .bokmal: [
            bokmalWords,
            bokmalGrants,
            bokmalProjects,
            bokmalPartners,
            bokmalFund,
            bokmalScoring,
            bokmalStorage,
            bokmalImport,
            bokmalValues,
            bokmalMaintenance,
            bokmalCommandLine,
            bokmalHeaders,
            bokmalReport,
            bokmalExport,
            bokmalHelpTwo,
            bokmalFigures,
            bokmalHelpOne,
            bokmalRates,
            bokmalCorrectionsA,
            bokmalCorrections,
            bokmalPlans,
            bokmalIndicators,
            bokmalHelpIndicators,
            bokmalResults,
            bokmalHelpResults,
            bokmalFundYear,
            bokmalHelpFundYear,
            bokmalLetters,
            bokmalHelpFundRules,
            bokmalRounds,
            bokmalHelpRounds,
            bokmalLedger,
            bokmalCaseHandling,
            bokmalHelpCaseHandling,
            bokmalAccess,
            bokmalHelpAccess,
            bokmalWeb,
            bokmalHelpWeb,
            bokmalHistoryWords,
        ]
        case .english: [
            englishWords,
            englishGrants,
            englishProjects,
            englishPartners,
            englishFund,
            englishScoring,
            englishStorage,
            englishImport,
            englishValues,
            englishMaintenance,
            englishCommandLine,
            englishHeaders,
            englishReport,
            englishExport,
            englishHelpTwo,
            englishFigures,
            englishHelpOne,
            englishRates,
            englishCorrectionsA,
            englishCorrections,
            englishPlans,
            englishIndicators,
            englishHelpIndicators,
            englishResults,
            englishHelpResults,
            englishFundYear,
            englishHelpFundYear,
            englishLetters,
            englishHelpFundRules,
            englishRounds,
            englishHelpRounds,
            englishLedger,
            englishCaseHandling,
            englishHelpCaseHandling,
            englishAccess,
            englishHelpAccess,
            englishWeb,
            englishHelpWeb,
            englishHistoryWords,
        ]
        }
    }

    private static let english = merged(parts(.english))
    private static let bokmal = merged(parts(.bokmal))

    private static func merged(_ parts: [KeyValuePairs<Message.Key, String>]) -> [Message.Key: String] {
        var all: [Message.Key: String] = [:]
        // Sized once: built at start-up, it should not grow and rehash part by part.
        all.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts {
            for (key, text) in part { all[key] = text }
        }
        return all
    }
}
