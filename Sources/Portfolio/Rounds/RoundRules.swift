/// Whether an application can be approved as applied on a day, asked of the rule
/// book's own checks one by one so that every reason is found, not only the first.
///
///     let obstacles = RoundRules.obstacles(of: grant, facts: facts)   // [(.intensity, "support intensity 62 % …")]
enum RoundRules {
    /// What the checks need to know of the decision day.
    struct Facts {
        let day: Day
        let limits: GrantLimits
        /// NOK per EUR of the day's month; nil when none is recorded.
        let rate: Double?
        /// The undertaking's position without this application, for de minimis aid.
        let deMinimis: DeMinimisPosition?
        /// The fund's availability at the end of each day it changed.
        let fundDays: [FundLowPoint]
    }

    static func obstacles(of grant: Grant, facts: Facts) -> [(Obstacle, Message)] {
        var found: [(Obstacle, Message)] = []
        func check(_ obstacle: Obstacle, _ rule: () throws -> Void) {
            do { try rule() } catch let error as PortfolioError { found.append((obstacle, error.sentence)) } catch {}
        }
        let amount = grant.amountApplied
        check(.intensity) { try GrantRules.intensity(amount: amount, totalCost: grant.totalCost, limits: facts.limits, reason: nil) }
        if grant.basis.isStateAid, facts.rate == nil {
            found.append((.noRate, Message("rate.approval_needs_rate", ["month": .text(Month(of: facts.day).iso)])))
        }
        if let rate = facts.rate, let position = facts.deMinimis {
            check(.deMinimis) { try GrantRules.ceiling(award: amount, rate: rate, applicant: grant.applicant, position: position) }
        }
        check(.fundCover) { try GrantRules.cover(amount, from: facts.day, by: facts.fundDays, fund: grant.fund) }
        return found
    }
}
