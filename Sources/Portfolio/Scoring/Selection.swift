/// A set of projects chosen to get the most ringvirkning for a budget.
public struct Selection: Equatable, Sendable {
    public let budget: Money
    /// Project ids, ascending.
    public let selected: [Int64]
    public let totalRequest: Money
    public let totalScore: Double
    /// True only when the search has proven that no other set scores more.
    public let optimal: Bool
}

/// What `select` must respect besides the budget.
public struct SelectionRules: Sendable {
    public var required: Set<Int64>
    public var excluded: Set<Int64>
    /// Focus area → the least number of selected projects in it.
    public var minimumPerArea: [Int: Int]

    public init(required: Set<Int64> = [], excluded: Set<Int64> = [], minimumPerArea: [Int: Int] = [:]) {
        self.required = required
        self.excluded = excluded
        self.minimumPerArea = minimumPerArea
    }
}

/// The most summed score whose requests fit a budget: a 0/1 knapsack with
/// forced items and minimums per focus area, solved exactly by branch and bound.
/// The bound is the fractional knapsack over the projects not yet decided, so a
/// branch is cut only when it cannot beat the best set found; when the search
/// runs to its end the answer is proven optimal.
public struct Selector: Sendable {
    public struct Item: Equatable, Sendable {
        public let id: Int64
        public let score: Double
        public let request: Money
        public let area: Int?
        /// A second limit it shares with others (an undertaking's de minimis headroom):
        /// the key of that limit in `select`'s `shared`, and what it takes of it.
        public let share: (limit: Int64, cost: Int64)?

        public init(id: Int64, score: Double, request: Money, area: Int?, share: (limit: Int64, cost: Int64)? = nil) {
            self.id = id
            self.score = score
            self.request = request
            self.area = area
            self.share = share
        }

        public static func == (a: Item, b: Item) -> Bool {
            a.id == b.id && a.score == b.score && a.request == b.request && a.area == b.area
                && a.share?.limit == b.share?.limit && a.share?.cost == b.share?.cost
        }
    }

    /// Beyond this many branches the best set so far is returned, marked not proven optimal.
    var nodeLimit = 20_000_000

    public init() {}

    /// The best set within `budget`; each limit of `shared` (key → what it allows) must hold for the
    /// items that share it, which the bound ignores: it stays an upper bound, so the answer stays proven.
    public func select(_ items: [Item], budget: Money, rules: SelectionRules = SelectionRules(),
                       shared: [Int64: Int64] = [:]) throws -> Selection {
        let known = Set(items.map(\.id))
        for id in rules.required.union(rules.excluded).sorted() where !known.contains(id) {
            throw PortfolioError.refused(Message("selection.not_assessed", ["id": .text("\(id)")]))
        }
        if let both = rules.required.intersection(rules.excluded).sorted().first {
            throw PortfolioError.refused(Message("selection.required_and_excluded", ["id": .text("\(both)")]))
        }
        guard budget >= .zero else { throw PortfolioError.refused(Message("selection.budget_negative")) }
        let required = items.filter { rules.required.contains($0.id) }
        let requiredCost = required.reduce(0) { $0 + $1.request.ore }
        guard requiredCost <= budget.ore else {
            throw PortfolioError.refused(Message("selection.required_over_budget", ["required": .money(Money(ore: requiredCost)), "budget": .money(budget)]))
        }
        var room = shared
        for item in required { if let share = item.share { room[share.limit, default: 0] -= share.cost } }
        if let over = room.filter({ $0.value < 0 }).keys.sorted().first {
            throw PortfolioError.refused(Message("selection.required_over_shared", ["ids": .list(
                required.filter { $0.share?.limit == over }.map { .text("\($0.id)") })]))
        }
        var need = rules.minimumPerArea
        for item in required { if let area = item.area, let n = need[area] { need[area] = n - 1 } }
        need = need.filter { $0.value > 0 }
        // Best score per krone first: the order both the bound and the search go in.
        let free = items.filter { !rules.required.contains($0.id) && !rules.excluded.contains($0.id) }
            .sorted { a, b in
                let left = a.score * Double(max(b.request.ore, 1)), right = b.score * Double(max(a.request.ore, 1))
                if (a.request.ore == 0) != (b.request.ore == 0) { return a.request.ore == 0 }
                return left != right ? left > right : a.id < b.id
            }
        var search = Search(items: free, capacity: budget.ore - requiredCost, need: need, shared: room, nodeLimit: nodeLimit)
        search.run()
        guard let best = search.best else {
            if search.exhausted { throw PortfolioError.refused(Self.noneFits(budget, rules.minimumPerArea)) }
            throw PortfolioError.refused(Message("selection.search_exhausted", ["branches": .text("\(nodeLimit)")]))
        }
        let chosen = required + best.map { free[$0] }
        return Selection(budget: budget, selected: chosen.map(\.id).sorted(),
                         totalRequest: Money(ore: chosen.reduce(0) { $0 + $1.request.ore }),
                         totalScore: chosen.reduce(0) { $0 + $1.score }, optimal: search.exhausted)
    }

    /// The best score at each of `steps` budgets up to `budget`: what more money buys.
    public func frontier(_ items: [Item], budget: Money, steps: Int, rules: SelectionRules = SelectionRules(),
                         shared: [Int64: Int64] = [:]) throws -> [Selection?] {
        try Bounds.frontierSteps.check(steps)
        return (1...steps).map { step in
            try? select(items, budget: Money(ore: budget.ore * Int64(step) / Int64(steps)), rules: rules, shared: shared)
        }
    }

    /// The refusal when no set fits, naming each focus area's minimum.
    private static func noneFits(_ budget: Money, _ minimums: [Int: Int]) -> Message {
        guard !minimums.isEmpty else { return Message("selection.none_fits", ["budget": .money(budget)]) }
        let each = minimums.sorted { $0.key < $1.key }.map { area, count in
            Message.Argument.message(Message("selection.area_minimum", ["area": .text("\(area)"), "count": .text("\(count)")]))
        }
        return Message("selection.none_fits_minimums", ["budget": .money(budget), "minimums": .list(each)])
    }

    /// Depth-first branch and bound over items in order of score per krone.
    private struct Search {
        let items: [Item]
        let capacity: Int64
        let nodeLimit: Int
        /// Areas with projects still needed, as indices into the suffix tables.
        let areas: [Int]
        var need: [Int]
        /// For each position: how many items of each needed area remain from there, and the cheapest of them.
        let remainingCount: [[Int]]
        let remainingCheapest: [[Int64]]
        let areaIndex: [Int?]
        /// Each item's shared limit, as an index into `sharedRoom`, and what it takes of it.
        let shareIndex: [(index: Int, cost: Int64)?]
        var sharedRoom: [Int64]

        var chosen: [Int] = []
        var best: [Int]?
        var bestScore = -Double.infinity
        var nodes = 0
        var exhausted = true

        init(items: [Item], capacity: Int64, need: [Int: Int], shared: [Int64: Int64], nodeLimit: Int) {
            self.items = items
            let limits = shared.keys.sorted()
            sharedRoom = limits.map { shared[$0]! }
            // An item whose limit was not given shares nothing.
            shareIndex = items.map { item in
                item.share.flatMap { share in limits.firstIndex(of: share.limit).map { ($0, share.cost) } }
            }
            self.capacity = capacity
            self.nodeLimit = nodeLimit
            areas = need.keys.sorted()
            self.need = areas.map { need[$0]! }
            let areas = self.areas
            areaIndex = items.map { item in item.area.flatMap { areas.firstIndex(of: $0) } }
            var counts = Array(repeating: Array(repeating: 0, count: areas.count), count: items.count + 1)
            var cheapest = Array(repeating: Array(repeating: Int64.max, count: areas.count), count: items.count + 1)
            for position in stride(from: items.count - 1, through: 0, by: -1) {
                counts[position] = counts[position + 1]
                cheapest[position] = cheapest[position + 1]
                if let area = areaIndex[position] {
                    counts[position][area] += 1
                    cheapest[position][area] = min(cheapest[position][area], items[position].request.ore)
                }
            }
            remainingCount = counts
            remainingCheapest = cheapest
        }

        mutating func run() {
            visit(position: 0, score: 0, room: capacity)
        }

        private mutating func visit(position: Int, score: Double, room: Int64) {
            nodes += 1
            if nodes > nodeLimit { exhausted = false; return }
            // Can the minimums still be met from here, at the least cost they could take?
            var leastCost: Int64 = 0
            for area in need.indices where need[area] > 0 {
                if remainingCount[position][area] < need[area] { return }
                leastCost += remainingCheapest[position][area] * Int64(need[area])
            }
            if leastCost > room { return }
            if need.allSatisfy({ $0 <= 0 }) && score > bestScore + 1e-9 {
                bestScore = score
                best = chosen
            }
            guard position < items.count, bound(from: position, score: score, room: room) > bestScore + 1e-9 else { return }
            let item = items[position]
            let share = shareIndex[position]
            if item.request.ore <= room, share.map({ sharedRoom[$0.index] >= $0.cost }) ?? true {
                chosen.append(position)
                if let area = areaIndex[position] { need[area] -= 1 }
                if let share { sharedRoom[share.index] -= share.cost }
                visit(position: position + 1, score: score + item.score, room: room - item.request.ore)
                if let share { sharedRoom[share.index] += share.cost }
                if let area = areaIndex[position] { need[area] += 1 }
                chosen.removeLast()
                if !exhausted { return }
            }
            visit(position: position + 1, score: score, room: room)
        }

        /// The fractional knapsack over items from `position` on: no set of them scores more.
        private func bound(from position: Int, score: Double, room: Int64) -> Double {
            var total = score
            var left = room
            for item in items[position...] {
                if item.request.ore <= left {
                    total += item.score
                    left -= item.request.ore
                } else {
                    return total + item.score * Double(left) / Double(item.request.ore)
                }
            }
            return total
        }
    }
}
