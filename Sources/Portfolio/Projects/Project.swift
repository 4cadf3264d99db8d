/// Where a project stands. It moves forward along idea → planned → active →
/// completed (a step may be skipped), or to cancelled from any state but
/// completed; the one step back is active → planned (on hold), with a reason;
/// nothing leaves completed or cancelled.
public enum ProjectStatus: String, Choice {
    case idea, planned, active, completed, cancelled

    public static let catalogueName = "project_status"

    /// Every move a project's status may make; the database trigger
    /// `project_status_moves_as_ruled` allows exactly these (a test walks both).
    public static let moves: [ProjectStatus: Set<ProjectStatus>] = [
        .idea: [.planned, .active, .completed, .cancelled],
        .planned: [.active, .completed, .cancelled],
        .active: [.planned, .completed, .cancelled],
        .completed: [], .cancelled: [],
    ]

    public func canMove(to next: ProjectStatus) -> Bool {
        Self.moves[self, default: []].contains(next)
    }

    /// True for the one step back, active → planned: the project is put on hold, and must say why.
    ///
    ///     ProjectStatus.active.isStepBack(to: .planned)   // true
    public func isStepBack(to next: ProjectStatus) -> Bool {
        self == .active && next == .planned
    }
}

/// A project: what it is, where it stands, and which goals (the first one
/// primary) and strategies of a plan it serves. A project keeps the goals of
/// the plan it was made under and may serve goals of later plans too: `goals`
/// and `strategies` are those of the plan `plan`.
public struct Project: Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var status: ProjectStatus
    public var startDate: Day?
    public var endDate: Day?
    public var budget: Money?
    public var responsible: String?
    public var description: String?
    /// Goal codes (`2.4`), the primary goal first.
    public var goals: [String]
    /// Strategy codes (`2.4a`).
    public var strategies: [String]
    /// The plan whose goals and strategies `goals` and `strategies` name. Read: the plan of
    /// the primary goal, or the plan asked for; written: nil for the current plan.
    public var plan: Int64?

    public init(id: Int64 = 0, name: String, status: ProjectStatus = .idea, startDate: Day? = nil, endDate: Day? = nil,
                budget: Money? = nil, responsible: String? = nil, description: String? = nil,
                goals: [String], strategies: [String] = [], plan: Int64? = nil) {
        self.id = id
        self.name = name
        self.status = status
        self.startDate = startDate
        self.endDate = endDate
        self.budget = budget
        self.responsible = responsible
        self.description = description
        self.goals = goals
        self.strategies = strategies
        self.plan = plan
    }

    /// The focus area of the primary goal: the number before its dot.
    public var focusArea: Int? {
        goals.first.flatMap { $0.split(separator: ".").first }.flatMap { Int($0) }
    }
}

/// A project with the plan's words for its goals and strategies, its partners and its status note.
public struct ProjectDetail: Equatable, Sendable {
    public struct PlanItem: Equatable, Sendable {
        public let code: String
        public let text: String
        public let isPrimary: Bool
        /// The plan the goal or strategy belongs to.
        public var plan: Int64? = nil
    }

    public let project: Project
    public let statusNote: String?
    public let goals: [PlanItem]
    public let strategies: [PlanItem]
    public let partners: [ProjectRole]
}

/// Part of the plan that no planned or active project serves.
public struct UncoveredItem: Equatable, Sendable {
    /// `goal` or `strategy`.
    public let level: String
    public let code: String
    public let text: String
}

/// What setting a partner's role does to its contribution.
///
///     try projects.setPartner(4, partner: "1", role: .owner, contribution: .set(Money(kroner: 1_200_000)))
public enum ContributionChange: Equatable, Sendable {
    /// Leaves it as it is: a role given again without a contribution keeps the one it has.
    case keep
    /// Removes it.
    case clear
    case set(Money)
}
