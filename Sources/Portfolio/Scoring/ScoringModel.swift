import Foundation

/// A version of the ringvirkning model: a weight per criterion and an
/// employment multiplier per sector. A version never changes; a change makes a new one.
public struct ScoringModel: Equatable, Sendable {
    public let version: Int64
    /// The moment it takes over from the version before (UTC, ISO).
    public let validFrom: String
    public let weights: [Criterion: Double]
    public let multipliers: [Sector: Double]
    /// The weights in the order of `Criterion.allCases`.
    let orderedWeights: [Double]

    public init(version: Int64, validFrom: String, weights: [Criterion: Double], multipliers: [Sector: Double]) {
        self.version = version
        self.validFrom = validFrom
        self.weights = weights
        self.multipliers = multipliers
        orderedWeights = Criterion.allCases.map { weights[$0] ?? 0 }
    }

    /// One criterion's part of a score.
    public struct Part: Equatable, Sendable {
        public let criterion: Criterion
        /// The input: jobs for jobs, competence and priority; the 0–5 score for the others.
        public let value: Double
        /// The criterion's score, 0–5.
        public let score: Double
        public let weight: Double
        /// What it adds to the total: the parts add up to the score.
        public let points: Double
    }

    /// A project's score, 0–100, with every point of it explained.
    public struct Result: Equatable, Sendable {
        public let score: Double
        /// Estimated total jobs: direct jobs × the sector's multiplier.
        public let jobsTotal: Double
        public let populationEffect: Double
        public let parts: [Part]
    }

    /// Scores an assessment by model v1:
    /// score = 100 · (feasibility / 5) · Σ wᵢ·sᵢ / (5 · Σ wᵢ).
    public func score(_ assessment: Assessment, personsPerJob: Double) -> Result {
        let jobsTotal = assessment.directJobs * (multipliers[assessment.sector] ?? 1)
        // In the order of Criterion.allCases: jobs, competence, attractiveness, priority, green,
        // innovation, visibility, collaboration. Arrays, not dictionaries: this runs for every project.
        let values = [assessment.directJobs, assessment.competenceJobs, Double(assessment.attractiveness),
                      assessment.priorityJobs, Double(assessment.green), Double(assessment.innovation),
                      Double(assessment.visibility), Double(assessment.collaboration)]
        let scores = [5 * min(1, log(1 + jobsTotal) / log(101)),
                      5 * min(1, log(1 + assessment.competenceJobs) / log(26)),
                      Double(assessment.attractiveness),
                      assessment.directJobs == 0 ? 0 : 5 * assessment.priorityJobs / assessment.directJobs,
                      Double(assessment.green), Double(assessment.innovation), Double(assessment.visibility),
                      Double(assessment.collaboration)]
        let weightList = orderedWeights
        let totalWeight = weightList.reduce(0, +)
        let factor = totalWeight == 0 ? 0 : 100 * (Double(assessment.feasibility) / 5) / (5 * totalWeight)
        let parts = Criterion.allCases.indices.map { index in
            Part(criterion: Criterion.allCases[index], value: values[index], score: scores[index], weight: weightList[index],
                 points: factor * weightList[index] * scores[index])
        }
        return Result(score: parts.reduce(0) { $0 + $1.points }, jobsTotal: jobsTotal,
                      populationEffect: jobsTotal * personsPerJob, parts: parts)
    }
}
