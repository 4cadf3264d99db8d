import Portfolio

extension Layout where Value == Project {
    /// What `project list` shows of each project, and `project show` first.
    public static var project: Layout {
        Layout(projectColumns { $0 })
    }

    /// The columns of a project, read from any value that holds one.
    static func projectColumns<Holder>(_ project: @escaping @Sendable (Holder) -> Project) -> [Column<Holder>] {
        [
            Column("id") { .integer(project($0).id) }, Column("name") { .text(project($0).name) },
            Column("status") { .choice(project($0).status) }, Column("area") { project($0).focusArea.map(Cell.count) ?? .null },
            Column("goals") { .text(project($0).goals.joined(separator: " ")) },
            Column("strategies") { .text(project($0).strategies.joined(separator: " ")) },
            Column("start") { .optional(project($0).startDate) }, Column("end") { .optional(project($0).endDate) },
            Column("budget") { .optional(project($0).budget) }, Column("responsible") { .optional(project($0).responsible) },
        ]
    }
}

/// A project with its goals, strategies, partners and grants: what `project show` shows.
public struct ProjectRecord {
    let detail: ProjectDetail
    let grants: [Grant]

    public init(detail: ProjectDetail, grants: [Grant]) {
        self.detail = detail
        self.grants = grants
    }
}

extension Layout where Value == ProjectRecord {
    /// Goals and strategies are codes in a table and CSV, and lists in JSON.
    public static var projectRecord: Layout {
        Layout(Layout<Project>.projectColumns { $0.detail.project } + [
            Column("description") { .optional($0.detail.project.description) },
            Column("status_note") { .optional($0.detail.statusNote) },
        ], parts: [
            .list("goals", Layout<ProjectDetail.PlanItem>.goal) { $0.detail.goals },
            .list("strategies", Layout<ProjectDetail.PlanItem>.strategy) { $0.detail.strategies },
            .list("partners", Layout<ProjectRole>.projectPartner) { $0.detail.partners },
            .list("grants", Layout<Grant>.projectGrant) { $0.grants },
        ])
    }
}

extension Layout where Value == ProjectDetail.PlanItem {
    static var goal: Layout {
        // The plan beside the code: a project may serve goal 1.1 of two plans.
        Layout([Column("plan") { $0.plan.map(Cell.integer) ?? .null }, Column("code") { .text($0.code) },
                Column("title") { .text($0.text) }, Column("primary") { .bool($0.isPrimary) }])
    }

    static var strategy: Layout {
        Layout([Column("plan") { $0.plan.map(Cell.integer) ?? .null }, Column("code") { .text($0.code) }, Column("text") { .text($0.text) }])
    }
}

extension Layout where Value == ProjectRole {
    /// A partner's role, as its project lists it.
    static var projectPartner: Layout {
        Layout([
            Column("partner_id") { .integer($0.partnerID) }, Column("partner") { .text($0.partnerName) },
            Column("role") { .choice($0.role) }, Column("contribution") { .optional($0.contribution) },
        ])
    }

    /// A partner's role, as the partner lists it.
    static var partnerProject: Layout {
        Layout([
            Column("project_id") { .integer($0.projectID) }, Column("project") { .text($0.projectName) },
            Column("role") { .choice($0.role) }, Column("contribution") { .optional($0.contribution) },
        ])
    }
}

extension Layout where Value == Grant {
    /// A grant, as its project lists it.
    static var projectGrant: Layout {
        Layout([
            Column("grant_id") { .integer($0.id) }, Column("status") { .grantStatus($0) }, Column("applicant") { .text($0.applicant) },
            Column("applied") { .money($0.amountApplied) }, Column("approved") { .optional($0.amountApproved) },
            Column("paid") { .money($0.paid) },
        ])
    }
}

extension Layout where Value == Partner {
    public static var partner: Layout {
        Layout(partnerColumns { $0 })
    }

    static func partnerColumns<Holder>(_ partner: @escaping @Sendable (Holder) -> Partner) -> [Column<Holder>] {
        [
            Column("id") { .integer(partner($0).id) }, Column("name") { .text(partner($0).name) },
            Column("orgnr") { .optional(partner($0).orgnr?.digits) }, Column("kind") { .choice(partner($0).kind) },
            Column("municipality") { .optional(partner($0).municipality) }, Column("group") { .optional(partner($0).group) },
        ]
    }
}

extension Layout where Value == PartnerDetail {
    /// What `partner show` shows: the partner, its projects and the rest of its group; a duplicate
    /// merged into another says into which and why.
    public static var partnerRecord: Layout {
        Layout(Layout<Partner>.partnerColumns { $0.partner } + [
            Column("merged_into") { $0.partner.mergedInto.map(Cell.integer) ?? .null },
            Column("merge_reason") { .optional($0.partner.mergeReason) },
        ], parts: [
            .list("projects", Layout<ProjectRole>.partnerProject) { $0.roles },
            .list("group_members", Layout<Partner>.partner) { $0.groupMembers },
        ])
    }
}
