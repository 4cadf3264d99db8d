extension Catalogue {
    /// `--help` of result record, result list, results and results calibrate.
    static let englishHelpResults: KeyValuePairs<Message.Key, String> = [
        "help.result.abstract": "What projects achieved: jobs and more, recorded against what was estimated.",
        "help.result.discussion": """
            Results are never changed or deleted: a correction is a new result, and the latest by date \
            (then the last recorded) is the one that counts.

            Examples:
              mon result record 7 --date 2026-06-30 --jobs 4,5 --competence-jobs 1 \\
                  --completed
              mon result list 7 --format json
            """,
        "help.result.record.abstract": "Record a project's result on a day.",
        "help.result.record.discussion": """
            Jobs take a decimal comma or point; amounts are kroner (1\u{A0}250\u{A0}000 or 1250000,50). \
            --completed marks the project's final account: calibration uses only projects whose \
            latest result is one. The --actor is recorded as who recorded it.

            Example:
              mon result record 7 --date 30.06.2026 --jobs 4,5 --priority-jobs 2 \\
                  --private-capital "2 000 000" --completed
            """,
        "help.result.record.project": "The project's number.",
        "help.result.record.date": "The day the result describes: 2026-06-30 or 30.06.2026.",
        "help.result.record.jobs": "Realised permanent direct jobs (årsverk), {low} to {high}.",
        "help.result.record.competence_jobs": "Of those, jobs that need higher education.",
        "help.result.record.priority_jobs": "Of those, jobs for women or young people.",
        "help.result.record.establishments": "New businesses established, {low} to {high}.",
        "help.result.record.private_capital": "Private capital the project drew in, in kroner.",
        "help.result.record.other_public": "Other public money the project drew in, in kroner.",
        "help.result.record.completed": "This is the project's final account.",
        "help.result.record.note": "A note on the result.",
        "help.result.list.abstract": "Every result recorded for a project, oldest first; the last one counts.",
        "help.result.list.discussion": """
            Example:
              mon result list 7 --format json
            """,
        "help.result.list.project": "The project's number.",

        "help.results.abstract": "Each project's latest result beside the estimate its money was granted on, summed per goal and sector.",
        "help.results.discussion": """
            The estimate is the latest assessment on or before the day the project's first grant was \
            approved (estimate basis: granted); a project with no grant so assessed is set against its \
            latest assessment (latest). real ÷ est. is realised ÷ estimated direct jobs, empty when \
            nothing was estimated; the sums per goal (primary goal) and per sector give the ratio of the sums.

            Examples:
              mon results
              mon results --goal 1.1 --format json
              mon results --sector industry --format csv
            """,
        "help.results.goal": "Only projects whose primary goal has this code.",
        "help.results.sector": "Only projects estimated in this sector.",
        "help.results.plan": "Only projects serving a goal of this plan, counted under their goal in it.",
        "help.results.calibrate.abstract": "What completed projects say about the model's estimates: per sector and per adviser.",
        "help.results.calibrate.discussion": """
            Per sector: realised ÷ estimated direct jobs summed over the completed projects, with a 90\u{A0}% \
            interval (bootstrap: the projects resampled with replacement), and the multiplier that ratio \
            supports (the model's multiplier × the ratio). Per adviser: the mean of realised − estimated \
            direct jobs. The same seed always gives the same interval. Nothing is changed: set a new \
            multiplier with `mon param set multiplier.SECTOR VALUE` if you agree.

            Examples:
              mon results calibrate
              mon results calibrate --seed 7 --samples 10000 --format json
            """,
        "help.results.calibrate.seed": "The seed of the resampling: the same seed gives the same interval.",
        "help.results.calibrate.samples": "Resamples of the bootstrap, {low} to {high}.",
    ]
}
