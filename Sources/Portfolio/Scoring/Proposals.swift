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
    /// projects left out and the rest numbered from 1, unless `includeFunded`. With
    /// `top`, only the first `top` of them, whose funding alone is read.
    public func proposals(asOf day: Day, includeFunded: Bool = false, top: Int? = nil) throws -> Ranking {
        let ranking = try self.ranking(asOf: day)
        let scope = GrantScope(asOf: day)
        let wanted = top ?? ranking.projects.count
        // Funding is read in ranking order, a batch at a time, until enough projects are proposed:
        // the twenty best of a hundred thousand need not sum every other project's grants.
        let batch = top.map { max(64, 2 * $0) } ?? ranking.projects.count
        var projects: [RankedProject] = []
        var start = 0
        while projects.count < wanted, start < ranking.projects.count {
            let slice = ranking.projects[start..<min(start + batch, ranking.projects.count)]
            let funding = top == nil ? try FiguresRepository(db).byProject(scope)
                                     : try FiguresRepository(db).byProject(scope, among: slice.map(\.projectID))
            for project in slice where projects.count < wanted {
                var funded = project
                funded.funding = funding[project.projectID] ?? .none
                guard includeFunded || funded.funding.held == .zero || funded.remaining > .zero else { continue }
                projects.append(includeFunded ? funded : funded.renumbered(projects.count + 1))
            }
            start += batch
        }
        return Ranking(asOf: ranking.asOf, model: ranking.model, personsPerJob: ranking.personsPerJob, projects: projects)
    }
}

extension RankedProject {
    func renumbered(_ rank: Int) -> RankedProject {
        RankedProject(rank: rank, projectID: projectID, name: name, status: status, focusArea: focusArea,
                      assessment: assessment, result: result, funding: funding)
    }
}
