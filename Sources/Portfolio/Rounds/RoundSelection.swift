/// The best set of a round's approvable applications for the money there is on the decision day.
public struct RoundSelection: Equatable, Sendable {
    public let ranking: RoundRanking
    /// What the fund has available on the decision day and every later one.
    public let available: Money
    /// The least of the round's budget and `available`: what the set must fit.
    public var budget: Money { min(ranking.round.budget, available) }
    public let selection: Selection

    /// The chosen applications, in ranking order.
    public var chosen: [RankedApplication] { ranking.applications.filter { selection.selected.contains($0.grant.id) } }
}

extension RoundRepository {
    /// The optimal set — the same solver as `select`, proven — among the round's approvable
    /// applications, within the least of its budget and the fund's available money on `day`;
    /// each undertaking's shared de minimis headroom holds for the set, not only for each application.
    ///
    ///     let chosen = try RoundRepository(db).selection("Vår 2026", on: day).selection.selected
    public func selection(_ reference: String, on day: Day, rules: SelectionRules = SelectionRules()) throws -> RoundSelection {
        let (ranking, available, items, shared, rules) = try selectionInputs(reference, on: day, rules: rules)
        let selection = try Selector().select(items, budget: min(ranking.round.budget, available), rules: rules, shared: shared)
        return RoundSelection(ranking: ranking, available: available, selection: selection)
    }

    /// The best set at each of `steps` budgets up to the round's money: what more money would buy.
    public func frontier(_ reference: String, on day: Day, steps: Int, rules: SelectionRules = SelectionRules()) throws -> (budget: Money, steps: [Selection?]) {
        let (ranking, available, items, shared, rules) = try selectionInputs(reference, on: day, rules: rules)
        let budget = min(ranking.round.budget, available)
        return (budget, try Selector().frontier(items, budget: budget, steps: steps, rules: rules, shared: shared))
    }

    /// The solver's items (the approvable applications), each undertaking's headroom in cents,
    /// and the rules with a required application that cannot be approved refused, naming why.
    private func selectionInputs(_ reference: String, on day: Day, rules: SelectionRules) throws
        -> (RoundRanking, Money, [Selector.Item], [Int64: Int64], SelectionRules) {
        let ranking = try self.ranking(reference, asOf: day)
        for id in rules.required.sorted() {
            guard let application = ranking.applications.first(where: { $0.grant.id == id }) else {
                throw PortfolioError.refused(Message("round.not_in_round", ["grant": .text("\(id)"), "round": .text(ranking.round.name)]))
            }
            if let (_, why) = application.obstacles.first {
                throw PortfolioError.refused(Message("round.required_not_approvable", ["grant": .text("\(id)"), "why": .message(why)]))
            }
        }
        let approvable = ranking.applications.filter(\.approvable)
        let items = approvable.map { application in
            Selector.Item(id: application.grant.id, score: application.score ?? 0, request: application.grant.amountApplied,
                          area: application.focusArea,
                          share: application.deMinimis.map { (limit: $0.undertaking, cost: $0.award.cents) })
        }
        var shared: [Int64: Int64] = [:]
        for share in approvable.compactMap(\.deMinimis) { shared[share.undertaking] = share.headroom.cents }
        let fundID = try ranking.round.fundID ?? FundRepository(db).resolve(nil).id
        let available = GrantRules.lowPoint(of: try FundRepository(db).availability(fundID: fundID, from: day), from: day).available
        var rules = rules
        rules.excluded = rules.excluded.intersection(Set(items.map(\.id)))
        return (ranking, max(available, .zero), items, shared, rules)
    }
}
