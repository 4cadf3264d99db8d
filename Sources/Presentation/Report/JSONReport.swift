import Portfolio

/// The board report's figures for other programs, under the names of
/// `GrantFigures`: the same numbers the Markdown and HTML forms show.
///
///     print(JSONReport.render(try BoardReport(db, year: 2026)))
///     // {"plan": {"id": 1, …, "over": true}, "totals": {"granted": …}, "goals": [...], "fund_years": [...],
///     //  "indicators": [...], "ranking_model": 1, "no_ranking": null, "grants": {"count": …, "largest": [...]},
///     //  "history_head": {...}}
public enum JSONReport {
    public static func render(_ report: BoardReport) -> String {
        JSON.object([
            ("plan", .object([
                ("id", .integer(report.plan.id)), ("name", .string(report.plan.name)),
                ("first_year", .integer(report.plan.firstYear)), ("last_year", .integer(report.plan.lastYear)),
                ("over", .bool(report.period.isOver)), ("current_plan", report.period.current.map { .integer($0.id) } ?? .null),
            ])),
            ("totals", .object([
                ("granted", money(report.totals.granted)), ("released", money(report.totals.released)),
                ("in_force", money(report.totals.inForce)), ("paid", money(report.totals.paid)),
                ("repaid", money(report.totals.repaid)), ("net_disbursed", money(report.totals.netDisbursed)),
                ("allocated", money(report.allocated)),
            ])),
            ("goals", .array(report.areas.flatMap(\.goals).map { goal in
                .object([
                    ("code", .string(goal.code)), ("projects", .integer(goal.projectCount)),
                    ("granted", money(goal.figures.granted)), ("in_force", money(goal.figures.inForce)),
                    ("paid", money(goal.figures.paid)), ("jobs", estimate(goal.jobs)),
                    ("population_effect", estimate(goal.populationEffect)),
                ])
            })),
            ("fund_years", .array(report.fundYears.map { year in
                .object([
                    ("year", .integer(year.year)), ("allocated", money(year.allocated)), ("granted", money(year.granted)),
                    ("paid", money(year.paid)), ("repaid", money(year.repaid)), ("released", money(year.released)),
                    ("available_end", money(year.availableEnd)),
                ])
            })),
            ("indicators", IndicatorSection.json(report)),
            ("ranking_model", report.ranking.map { .integer($0.model.version) } ?? .null),
            ("no_ranking", ReportWords.noRanking(report).map(JSON.string) ?? .null),
            ("estimated_against_achieved", ResultsSection.json(report)),
            ("rounds", RoundReportSection.json(report.rounds)),
            ("grants", .object([
                ("count", .integer(report.allGrants.count)), ("granted", money(report.allGrants.granted)),
                ("paid", money(report.allGrants.paid)),
                ("largest", .array(report.grants.map { grant in
                    .object([
                        ("id", .integer(grant.id)), ("recipient", .string(grant.applicant)),
                        ("granted", money(grant.amountApproved ?? .zero)), ("paid", money(grant.paid)),
                        ("status", .string(grant.status.rawValue)), ("approved_on", grant.approvedOn.map { .string($0.iso) } ?? .null),
                    ])
                })),
            ])),
            ("history_head", report.historyHead.map { .object([("rows", .integer($0.rows)), ("hash", .string($0.hash))]) } ?? .null),
        ]).text + "\n"
    }

    private static func money(_ amount: Money) -> JSON { .number(amount.kronerJSON) }

    /// An expected value, to the millionth: `4.32`, not the sum's `4.319999999999999`.
    private static func estimate(_ value: Double) -> JSON { .double((value * 1_000_000).rounded() / 1_000_000) }
}
