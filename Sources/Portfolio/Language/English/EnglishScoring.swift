extension Catalogue {
    /// Assessments, the scoring model, selection and sensitivity.
    static let englishScoring: KeyValuePairs<Message.Key, String> = [
        "scoring.no_model_on": "no version of the scoring model was valid on {day}",
        "scoring.model_starts_today": "a new model version starts today or later, not {start}: earlier rankings stay as they were",
        "scoring.weights_all_zero": "at least one weight must be above 0",
        "scoring.model_starts_after": "version {version} is valid from {from}; a new one must start later",
        "selection.not_assessed": "project {id} is not among those to select from: it has no assessment, or it is completed or cancelled",
        "selection.required_and_excluded": "project {id} cannot be both required and excluded",
        "selection.budget_negative": "the budget cannot be negative",
        "selection.required_over_budget": "the required projects ask for {required}, more than the budget of {budget}",
        "selection.none_fits": "no set of assessed projects fits {budget} and meets the minimum per focus area",
        "selection.search_exhausted": "no set meeting the rules was found within {branches} branches",
        "assessment.score_range": "{criterion} is scored 0–5, not {value}",
        "assessment.feasibility_range": "feasibility is scored 0–5, not {feasibility}",
        "assessment.request_negative": "the request cannot be negative",
        "sensitivity.spread_range": "--spread must be at least 0 and below 1, not {spread}",
        "sensitivity.runs_too_many": "--runs {runs} over {projects} projects is more than mon holds at once; ask for at most {most} runs",
        "selection.none_fits_minimums": "no set of assessed projects fits {budget} and meets the minimum per focus area ({minimums})",
        "selection.area_minimum": "area {area}: {count}",
        "assessment.competence_jobs_above_direct": "competence jobs ({value}) must be between 0 and the direct jobs ({direct})",
        "assessment.priority_jobs_above_direct": "priority jobs ({value}) must be between 0 and the direct jobs ({direct})",
    ]
}
