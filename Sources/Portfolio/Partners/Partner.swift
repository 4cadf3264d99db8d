/// What kind of body a partner is.
public enum PartnerKind: String, Choice {
    case company, `public`, research, association, funding

    public static let catalogueName = "partner_kind"
    public static let aliases: [String: PartnerKind] = ["kommune": .public, "fylkeskommune": .public, "stat": .public,
                                                        "forskning": .research, "utdanning": .research, "organisasjon": .association]
}

/// A company, public body, research or education institution, association or
/// funding agency that takes part in projects or applies for grants.
public struct Partner: Equatable, Sendable {
    public let id: Int64
    public var name: String
    public var orgnr: OrganisationNumber?
    public var kind: PartnerKind
    public var municipality: String?
    /// The group of companies it belongs to: they count as one undertaking for state aid.
    public var group: String?
    /// The partner this one, a duplicate, was merged into; it is then retired.
    public var mergedInto: Int64? = nil
    /// Why it was merged.
    public var mergeReason: String? = nil
}

/// A partner's part in one project.
public struct ProjectRole: Equatable, Sendable {
    public let projectID: Int64
    public let projectName: String
    public let partnerID: Int64
    public let partnerName: String
    public let role: PartnerRole
    public let contribution: Money?
}

/// The role a partner takes in a project.
public enum PartnerRole: String, Choice {
    case owner, partner, funder, supplier

    public static let catalogueName = "role"
}

/// A partner with the members of its group and its roles in projects.
public struct PartnerDetail: Equatable, Sendable {
    public let partner: Partner
    public let groupMembers: [Partner]
    public let roles: [ProjectRole]
}
