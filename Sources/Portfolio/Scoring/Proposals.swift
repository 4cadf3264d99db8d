/// The projects a ranking proposes for the fund's money.
///
/// A project whose grants already cover its request — what it holds of them
/// (`GrantFigures.held`: granted less released less repaid) reaches the request
/// of its latest assessment — is funded and left out (a project that holds
/// nothing is never funded, even when it asks for nothing); one partly covered is
/// proposed for the rest (`RankedProject.remaining`). Every project carries what
/// it was granted and paid, so a reader sees why.
///
///     let ranking = try ScoringRepository(db).proposals(asOf: day)
///     ranking.projects.first?.remaining   // what the best unfunded project still asks
extension ScoringRepository {
    /// The ranking at the end of `day` with each project's funding then; the funded
    /// projects left out and the rest numbered from 1, unless `includeFunded`.
    public func proposals(asOf day: Day, includeFunded: Bool = false) throws -> Ranking {
        let ranking = try self.ranking(asOf: day)
        let funding = try FiguresRepository(db).byProject(GrantScope(asOf: day))
        var projects = ranking.projects.map { project in
            var funded = project
            funded.funding = funding[project.projectID] ?? .none
            return funded
        }
        if !includeFunded {
            projects = projects.filter { $0.funding.held == .zero || $0.remaining > .zero }.enumerated().map { index, project in
                RankedProject(rank: index + 1, projectID: project.projectID, name: project.name, status: project.status,
                              focusArea: project.focusArea, assessment: project.assessment, result: project.result,
                              funding: project.funding)
            }
        }
        return Ranking(asOf: ranking.asOf, model: ranking.model, personsPerJob: ranking.personsPerJob, projects: projects)
    }
}
