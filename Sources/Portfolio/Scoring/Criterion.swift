/// The eight criteria of the ringvirkning score; their keys are the same
/// everywhere: in `mon weights set`, in a ranking's breakdown, in the database.
public enum Criterion: String, Choice {
    case jobs, competence, attractiveness, priority, green, innovation, visibility, collaboration

    public static let catalogueName = "criterion"
}

/// The sector of a project's jobs, which sets the local employment multiplier.
public enum Sector: String, Choice {
    case industry, knowledge, tourism, primary, creative, services, `public`, other

    public static let catalogueName = "sector"
    public static let aliases: [String: Sector] = ["kreativ": .creative, "primær": .primary, "tjenesteyting": .services]
}
