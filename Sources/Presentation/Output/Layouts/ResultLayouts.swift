import Portfolio

extension Layout where Value == ResultRepository.Recorded {
    /// A recorded result, as `result list` shows it: every figure, who recorded it and when.
    public static var recordedResult: Layout {
        Layout([
            Column("id") { .integer($0.result.id) }, Column("project_id") { .integer($0.result.projectID) },
            Column("result_on", header: "result_on") { .day($0.result.resultOn) },
            Column("direct_jobs") { .number($0.result.directJobs) },
            Column("competence_jobs", header: "result_competence_jobs") { .number($0.result.competenceJobs) },
            Column("priority_jobs", header: "result_priority_jobs") { .number($0.result.priorityJobs) },
            Column("establishments", header: "result_establishments") { $0.result.establishments.map(Cell.count) ?? .null },
            Column("private_capital", header: "result_private_capital") { .optional($0.result.privateCapital) },
            Column("other_public", header: "result_other_public") { .optional($0.result.otherPublic) },
            Column("completed", header: "result_completed") { .bool($0.result.completed) },
            Column("note", header: "result_note") { .optional($0.result.note) },
            Column("recorded_by", header: "result_recorded_by") { .text($0.result.recordedBy) },
            Column("recorded_at", header: "result_recorded_at") { .moment($0.recordedAt) },
        ])
    }
}

extension Layout where Value == ResultComparison {
    /// A project's estimate beside its latest result, and the ratio of their direct jobs.
    public static var resultComparison: Layout {
        Layout([
            Column("project_id") { .integer($0.projectID) }, Column("name") { .text($0.name) },
            Column("goal") { .optional($0.goal) }, Column("sector") { .choice($0.sector) },
            Column("estimate_basis", header: "result_estimate_basis") { .choice($0.basis) },
            Column("estimated_on", header: "result_estimated_on") { .day($0.estimatedOn) },
            Column("assessed_by", header: "result_assessed_by") { .text($0.assessedBy) },
            Column("result_on", header: "result_on") { .day($0.resultOn) },
            Column("completed", header: "result_completed") { .bool($0.completed) },
        ] + jobColumns({ $0.estimated }, { $0.realised }) + [ratio { $0.ratio }])
    }

    /// Estimated and realised direct, competence and priority jobs, side by side.
    static func jobColumns<Row>(_ estimated: @escaping @Sendable (Row) -> JobFigures,
                                _ realised: @escaping @Sendable (Row) -> JobFigures) -> [Column<Row>] {
        let figures: [(String, @Sendable (JobFigures) -> Double)] = [("direct_jobs", { $0.direct }), ("competence_jobs", { $0.competence }),
                                                                     ("priority_jobs", { $0.priority })]
        var columns: [Column<Row>] = []
        for (key, figure) in figures {
            columns.append(Column<Row>(key + "_estimated", header: "result_" + key + "_estimated") { .figure(figure(estimated($0)), places: 2) })
            columns.append(Column<Row>(key + "_real", header: "result_" + key + "_real") { .figure(figure(realised($0)), places: 2) })
        }
        return columns
    }

    /// Real ÷ estimated direct jobs to three decimals; empty when nothing was estimated.
    static func ratio<Row>(_ ratio: @escaping @Sendable (Row) -> Double?) -> Column<Row> {
        Column<Row>("ratio", header: "result_ratio") { ratio($0).map { .figure($0, places: 3) } ?? .null }
    }
}

extension Layout where Value == ResultSum {
    /// Projects, estimated and realised jobs, and the ratio of the sums, under a goal or a sector.
    static func resultSum(_ key: String, _ cell: @escaping @Sendable (String?) -> Cell) -> Layout {
        Layout([Column(key) { cell($0.key) }, Column("projects") { .count($0.projects) }]
            + Layout<ResultComparison>.jobColumns({ $0.estimated }, { $0.realised }) + [Layout<ResultComparison>.ratio { $0.ratio }])
    }

    static var goalSum: Layout { resultSum("goal") { $0.map(Cell.text) ?? .null } }
    static var sectorSum: Layout { resultSum("sector") { key in key.flatMap(Sector.init(rawValue:)).map(Cell.choice) ?? .null } }
}

extension Layout where Value == ResultSummary {
    /// `mon results`: the projects (the table itself), then the sums per goal and per sector.
    public static var resultSummary: Layout {
        Layout([], parts: [
            Part("projects", json: { Layout<ResultComparison>.resultComparison.json($0.projects) }),
            .list("goals", title: "result_goals", Layout<ResultSum>.goalSum) { $0.byGoal },
            .list("sectors", title: "result_sectors", Layout<ResultSum>.sectorSum) { $0.bySector },
        ])
    }
}

extension Layout where Value == Calibration.SectorEvidence {
    /// A sector's evidence: the ratio with its interval and the multiplier it supports, or why there is none.
    public static var sectorEvidence: Layout {
        Layout([
            Column("sector") { .choice($0.sector) }, Column("projects") { .count($0.projects) },
            Column("direct_jobs_estimated", header: "result_direct_jobs_estimated") { .figure($0.estimated, places: 2) },
            Column("direct_jobs_real", header: "result_direct_jobs_real") { .figure($0.realised, places: 2) },
            Layout<ResultComparison>.ratio { $0.ratio },
            Column("interval_low", header: "result_interval_low") { $0.interval.map { .figure($0.low, places: 3) } ?? .null },
            Column("interval_high", header: "result_interval_high") { $0.interval.map { .figure($0.high, places: 3) } ?? .null },
            Column("multiplier") { .number($0.multiplier) },
            Column("supported_multiplier", header: "result_supported_multiplier") { $0.supportedMultiplier.map { .figure($0, places: 2) } ?? .null },
            Column("evidence", header: "result_evidence") { evidence($0) },
        ])
    }

    /// Whether the figures rest on anything: completed projects, none, or nothing estimated in them.
    private static func evidence(_ sector: Calibration.SectorEvidence) -> Cell {
        let code = sector.projects == 0 ? "none" : sector.ratio == nil ? "nothing_estimated" : "completed"
        return .code(code, label: Message(Message.Key(rawValue: "result.evidence." + code)))
    }
}

extension Layout where Value == Calibration.AdviserError {
    /// An adviser's mean error, realised − estimated direct jobs, over their completed projects.
    static var adviserError: Layout {
        Layout([
            Column("adviser", header: "result_adviser") { .text($0.adviser) }, Column("projects") { .count($0.projects) },
            Column("mean_error", header: "result_mean_error") { .figure($0.meanError, places: 2) },
        ])
    }
}

extension Layout where Value == Calibration {
    /// `mon results calibrate`: the sectors (the table itself), then the advisers; the seed, the
    /// resamples and the model version it was measured against; and that the model is unchanged.
    public static var calibration: Layout {
        Layout([
            Column("model_version") { .integer($0.modelVersion) }, Column("seed", header: "result_seed") { .json(String($0.seed)) },
            Column("samples", header: "result_samples") { .count($0.samples) },
        ], parts: [
            Part("sectors", json: { Layout<Calibration.SectorEvidence>.sectorEvidence.json($0.sectors) }),
            .list("advisers", title: "result_advisers", Layout<Calibration.AdviserError>.adviserError) { $0.advisers },
            Part("model_unchanged", json: { _ in .bool(true) }),
        ])
    }
}

extension Cell {
    /// A computed figure: shown to `places` decimals, given to programs to the millionth
    /// (`0.933333`, not the division's `0.9333333333333332`).
    static func figure(_ value: Double, places: Int) -> Cell {
        .rounded((value * 1_000_000).rounded() / 1_000_000, places: places)
    }
}
