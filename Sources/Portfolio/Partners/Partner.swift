/// What kind of body a partner is.
public enum PartnerKind: String, CaseIterable, Sendable {
    case company, `public`, research, association, funding

    /// Parses a kind key (`company`, `public`, `research`, `association`, `funding`).
    public init(parsing text: String) throws {
        guard let kind = PartnerKind(rawValue: text) else {
            throw PortfolioError("'\(text)' is not a partner kind; use one of \(PartnerKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = kind
    }
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
public enum PartnerRole: String, CaseIterable, Sendable {
    case owner, partner, funder, supplier

    public init(parsing text: String) throws {
        guard let role = PartnerRole(rawValue: text) else {
            throw PortfolioError("'\(text)' is not a role; use one of \(PartnerRole.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self = role
    }
}

/// A partner with the members of its group and its roles in projects.
public struct PartnerDetail: Equatable, Sendable {
    public let partner: Partner
    public let groupMembers: [Partner]
    public let roles: [ProjectRole]
}
