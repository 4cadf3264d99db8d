import Portfolio

/// The board report's headline figures as one row: what the web's dashboard shows atop the ranking.
extension Layout where Value == BoardReport {
    public static var headline: Layout {
        Layout([
            Column("projects") { .count($0.projectCount) }, Column("jobs", header: "jobs_total") { .rounded($0.jobs, places: 1) },
            Column("population_effect") { .rounded($0.populationEffect, places: 1) },
            Column("granted") { .money($0.totals.granted) }, Column("in_force") { .money($0.totals.inForce) },
            Column("paid") { .money($0.totals.paid) }, Column("allocated") { .money($0.allocated) },
        ])
    }
}
