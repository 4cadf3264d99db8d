/// What completed projects say about the model's estimates: per sector, realised
/// ÷ estimated direct jobs with a 90 % bootstrap interval and the multiplier that
/// ratio supports; per adviser, the mean error. A suggestion only: the model is unchanged.
///
///     let calibration = Calibration(try ResultRepository(db).comparisons().projects, model: model)
///     calibration.sectors.first { $0.sector == .industry }?.supportedMultiplier   // 1.5 × ratio
public struct Calibration: Sendable {
    /// The seed a calibration takes unless told otherwise: the same data always gives the same interval.
    public static let defaultSeed: UInt64 = 2021
    public static let defaultSamples = 2_000

    /// One sector's evidence; every figure nil when it has no completed project.
    public struct SectorEvidence: Sendable {
        public let sector: Sector
        /// Completed projects whose estimate was in this sector.
        public let projects: Int
        public let estimated: Double
        public let realised: Double
        /// Σ realised ÷ Σ estimated direct jobs over the completed projects; nil: no evidence, or nothing estimated.
        public var ratio: Double? { ResultComparison.ratio(realised, to: estimated) }
        /// The 5th and 95th percentile of the ratio over resamples of the projects.
        public let interval: (low: Double, high: Double)?
        /// The sector's multiplier in the model now.
        public let multiplier: Double

        /// The multiplier × the ratio: the one with which the model's jobs in all, counted from the
        /// advisers' estimates, would have matched those counted from what the projects delivered.
        public var supportedMultiplier: Double? { ratio.map { $0 * multiplier } }
    }

    /// How far one adviser's estimates of direct jobs were from the results.
    public struct AdviserError: Sendable {
        public let adviser: String
        public let projects: Int
        /// Mean of realised − estimated direct jobs: above 0, the adviser estimated too low.
        public let meanError: Double
    }

    public let seed: UInt64
    public let samples: Int
    public let modelVersion: Int64
    /// Every sector, in the order of `Sector.allCases`.
    public let sectors: [SectorEvidence]
    /// Advisers in name order.
    public let advisers: [AdviserError]

    /// Calibrates `model` against the completed ones of `projects`.
    public init(_ projects: [ResultComparison], model: ScoringModel, seed: UInt64 = defaultSeed, samples: Int = defaultSamples) {
        let completed = projects.filter(\.completed)
        self.seed = seed
        self.samples = samples
        modelVersion = model.version
        sectors = Sector.allCases.map { sector in
            let inSector = completed.filter { $0.sector == sector }
            return SectorEvidence(sector: sector, projects: inSector.count,
                                  estimated: inSector.reduce(0) { $0 + $1.estimated.direct },
                                  realised: inSector.reduce(0) { $0 + $1.realised.direct },
                                  interval: Self.interval(inSector.map { ($0.estimated.direct, $0.realised.direct) }, seed: seed, samples: samples),
                                  multiplier: model.multipliers[sector] ?? 1)
        }
        advisers = Dictionary(grouping: completed, by: \.assessedBy).map { adviser, rows in
            AdviserError(adviser: adviser, projects: rows.count, meanError: rows.reduce(0) { $0 + $1.error } / Double(rows.count))
        }.sorted { Collation.norwegian($0.adviser, $1.adviser) }
    }

    /// The 90 % percentile bootstrap interval of Σ realised ÷ Σ estimated: `samples` times, as many
    /// projects as there are are drawn with replacement (index = next() mod count, from one
    /// `SeededRandom(seed)` per sector); a resample whose estimates sum to 0 has no ratio and is
    /// left out. Nil when there are no projects or no resample has a ratio.
    static func interval(_ pairs: [(estimated: Double, realised: Double)], seed: UInt64, samples: Int) -> (low: Double, high: Double)? {
        guard !pairs.isEmpty else { return nil }
        var random = SeededRandom(seed: seed)
        var ratios: [Double] = []
        ratios.reserveCapacity(samples)
        for _ in 0..<samples {
            var estimated = 0.0
            var realised = 0.0
            for _ in pairs.indices {
                let pair = pairs[Int(random.next() % UInt64(pairs.count))]
                estimated += pair.estimated
                realised += pair.realised
            }
            if let ratio = ResultComparison.ratio(realised, to: estimated) { ratios.append(ratio) }
        }
        guard !ratios.isEmpty else { return nil }
        ratios.sort()
        return (Sensitivity.percentile(ratios, 0.05), Sensitivity.percentile(ratios, 0.95))
    }
}
