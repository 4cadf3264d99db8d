/// A code a grant is reported under to Regionalforvaltning (KMD's categories
/// for kommunale næringsfond), with its name in both languages.
///
///     ReportingCategory(code: "1310", nameBokmal: "Direkte støtte til bedrifter yngre enn 5 år", nameEnglish: nil)
public struct ReportingCategory: Equatable, Sendable {
    public let code: String
    public let nameBokmal: String
    /// Nil when a user added the code without an English name: the bokmål name stands in.
    public let nameEnglish: String?

    public init(code: String, nameBokmal: String, nameEnglish: String?) {
        self.code = code
        self.nameBokmal = nameBokmal
        self.nameEnglish = nameEnglish
    }

    /// The name in `language`; a code without an English name is named in bokmål.
    public func name(in language: Language) -> String {
        language == .english ? nameEnglish ?? nameBokmal : nameBokmal
    }
}

/// The groups the fund gives special priority to (kvinner, unge, innvandrere),
/// which the yearly report counts grants by.
///
///     try TargetGroup(parsing: "kvinner")   // .women
public enum TargetGroup: String, Choice {
    case women, young, immigrants

    public static let catalogueName = "target_group"
}
