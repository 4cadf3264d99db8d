extension Catalogue {
    /// Projects and the plan they serve.
    static let englishProjects: KeyValuePairs<Message.Key, String> = [
        "project.exists": "there is already a project {project}",
        "project.id_fixed": "a project's id cannot change",
        "project.status_by_command": "a project's status changes with `mon project status`, which checks the move",
        "project.not_found": "there is no project {id}",
        "project.ends_before_start": "the project cannot end ({end}) before it starts ({start})",
        "project.budget_negative": "a budget cannot be negative",
        "project.needs_goal": "a project must serve at least one goal of the plan: give --goal CODE (`mon plan show` lists them)",
        "project.goal_not_found": "there is no goal '{code}' in {plan}; `mon plan show` lists them",
        "project.strategy_not_found": "there is no strategy '{code}' in {plan}; `mon plan show` lists them",
        "plan.none": "the database holds no plan",
        "plan.not_found": "there is no plan {id}; `mon plan show` lists the current one",
        "project.status_final": "project {project} cannot move from {from} to {to}: nothing leaves {from}",
        "project.status_backwards": "project {project} cannot move from {from} to {to}: status moves forward (idea, planned, active, completed), to cancelled, or from active back to planned with --reason",
    ]
}
