extension Catalogue {
    /// The help of grant, deminimis, assess, weights, rank, select, report, param and history.
    /// A bound's ends come as `{low}` and `{high}`, from the bound itself.
    static let englishHelpTwo: KeyValuePairs<Message.Key, String> = [
        "help.grant.abstract": "Grants (tilsagn) from the fund, from application to final payment.",
        "help.grant.discussion": """
            applied ─► approved ─► (partly paid) ─► paid ─► closed
               ├► rejected ├► lapsed, withdrawn ├► lapsed, repaid
            """,
        "help.grant.id": "The grant's id.",
        "help.grant.decision.date": "The day of the decision (2024-03-15 or 15.03.2024).",
        "help.grant.amount": "The amount in kroner.",

        "help.grant.apply.abstract": "Register an application; prints its id.",
        "help.grant.apply.discussion": """
            Warns (without refusing) when the project started before the application was \
            received, and when the applicant is not registered in Vefsn.

            Example:
              mon grant apply --applicant 923609016 --amount "400 000" \\
                  --total-cost "1 000 000" --project 3 --received 2024-02-01 \\
                  --basis de-minimis --purpose "Forprosjekt godsterminal"
            """,
        "help.grant.apply.applicant": "The applicant: a partner's id, organisation number or name.",
        "help.grant.apply.amount": "The amount applied for, in kroner.",
        "help.grant.apply.total_cost": "The project's total cost, in kroner.",
        "help.grant.apply.project": "The project the grant is for.",
        "help.grant.apply.fund": "The fund (default: Kommunalt næringsfond).",
        "help.grant.apply.received": "The day the application was received (default: today).",
        "help.grant.apply.basis": "de-minimis (default), gber, purchase or not-aid.",
        "help.grant.apply.purpose": "What the money is for; public once approved.",

        "help.grant.approve.abstract": "Approve an application: the fund must cover it, and every aid rule must hold.",
        "help.grant.approve.discussion": """
            Refused when the fund has less available on that day or any later one; when the \
            support intensity is above 75\u{A0}%, or above 50\u{A0}% without --reason; for state aid (de \
            minimis or GBER), without an EUR rate (--eur-rate, or the month's rate from `mon rate \
            set`) or with one more than 5\u{A0}% from the month's; and, for de minimis aid, over the \
            undertaking's ceiling.

            Example:
              mon grant approve 12 --date 2024-03-01 --amount "350 000" \\
                  --deadline 2025-03-01 --case 24/113 --eur-rate 11.49
            """,
        "help.grant.approve.amount": "The amount approved (default: the amount applied for).",
        "help.grant.approve.deadline": "The last day to claim payment.",
        "help.grant.approve.case": "The case reference (saksnummer).",
        "help.grant.approve.reason": "Why a support intensity above 50\u{A0}% is accepted.",

        "help.grant.reject.abstract": "Reject an application.",
        "help.grant.reject.discussion": "Example:\n  mon grant reject 12 --date 2024-03-01 --reason \"Utenfor retningslinjene\"",
        "help.grant.reject.reason": "Why.",

        "help.grant.withdraw.abstract": "The applicant withdraws an application, or a grant nothing was paid on.",
        "help.grant.withdraw.discussion": "Example:\n  mon grant withdraw 12 --date 2024-04-15",

        "help.grant.pay.abstract": "Pay out on an approved grant; never more than remains.",
        "help.grant.pay.discussion": """
            --final settles the grant: what remains unpaid returns to the fund.

            Example:
              mon grant pay 12 "150 000" --date 2024-09-01
              mon grant pay 12 "180 000" --date 2025-02-01 --final
            """,
        "help.grant.pay.date": "The day of payment.",
        "help.grant.pay.final": "The last payment: the unpaid rest returns to the fund.",

        "help.grant.lapse.abstract": "The deadline passed: the unpaid rest returns to the fund.",
        "help.grant.lapse.discussion": "Example:\n  mon grant lapse 12 --date 2025-03-02",

        "help.grant.repay.abstract": "Record a repayment (tilbakebetaling): money back into the fund, never more than was paid.",
        "help.grant.repay.discussion": "Example:\n  mon grant repay 12 \"50 000\" --date 2025-06-01",
        "help.grant.repay.date": "The day it was repaid.",

        "help.grant.close.abstract": "Close a fully paid grant once its final report is in.",
        "help.grant.close.discussion": "Example:\n  mon grant close 12 --date 2025-04-01",

        "help.grant.list.abstract": "List grants; --public gives what the public may see, --register what to report.",
        "help.grant.list.discussion": """
            --year is the year a grant was approved, or received when it never was. --public \
            shows decisions only — case, recipient, purpose, granted, paid and status — never an \
            application that is pending or was rejected. --register shows the state aid awards at \
            or above the register threshold of their award day (EUR\u{A0}500\u{A0}000 before 2023-12-11, \
            EUR\u{A0}100\u{A0}000 from then: `mon param show`), with the last day to report them to \
            Registeret for offentlig støtte.

            Examples:
              mon grant list --status approved --year 2024
              mon grant list --public --year 2023 --format csv
              mon grant list --register
            """,
        "help.grant.list.status": "Only grants with this status.",
        "help.grant.list.year": "Only grants of this year.",
        "help.grant.list.applicant": "Only grants to this partner.",
        "help.grant.list.fund": "Only grants from this fund.",
        "help.grant.list.public": "Only decisions, as the public may see them.",
        "help.grant.list.register": "Only awards to report to Registeret for offentlig støtte.",

        "help.grant.show.abstract": "Show a grant with its payments.",
        "help.grant.show.discussion": "Example:\n  mon grant show 12 --format json",

        "help.grant.due.abstract": "What falls due: open grants whose deadline is past or near, and awards to report to the register.",
        "help.grant.due.discussion": "Example:\n  mon grant due --within 60",
        "help.grant.due.within": "How many days ahead to look, {low} to {high} days.",
        "help.grant.due.today": "The day to count from (default: today).",

        "help.deminimis.abstract": "De minimis aid (bagatellmessig støtte) of a partner and its group: aid, ceiling, headroom in EUR.",
        "help.deminimis.partner": "The partner: its id, organisation number or name.",
        "help.deminimis.position.abstract": "The aid the partner's undertaking has had in the window, against the ceiling.",
        "help.deminimis.position.discussion": """
            Before 2024 the window is the fiscal year and the two before it, the ceiling \
            EUR\u{A0}200\u{A0}000; from 2024 any three rolling years, EUR\u{A0}300\u{A0}000 (both dated \
            parameters: `mon param show`). Aid from other givers that the partner declared counts too.

            Examples:
              mon deminimis 923609016
              mon deminimis "Helgeland Industri AS" --at 2023-12-15 --format json
            """,
        "help.deminimis.position.at": "The day to count for (default: today).",
        "help.deminimis.declare.abstract": "Record de minimis aid the partner had from another giver; prints its id.",
        "help.deminimis.declare.discussion": """
            Example:
              mon deminimis declare 923609016 "500 000" --date 2023-05-02 \\
                  --giver "Innovasjon Norge" --eur-rate 11.6
            """,
        "help.deminimis.declare.amount": "The aid in kroner.",
        "help.deminimis.declare.date": "The day the aid was granted.",
        "help.deminimis.declare.giver": "Who gave it.",

        "help.assess.abstract": "Record a new assessment of a project's ringvirkning; prints its id.",
        "help.assess.discussion": """
            Every assessment is kept, dated and signed; the latest one on a day is the one \
            a ranking of that day uses. The method: docs/ringvirkning.md.

            Example:
              mon assess 7 --date 2024-03-01 --direct-jobs 12 --competence-jobs 4 \\
                  --priority-jobs 5 --sector industry --feasibility 4 \\
                  --attractiveness 3 --green 4 --innovation 3 --visibility 2 \\
                  --collaboration 4 --request "500 000"
            """,
        "help.assess.project": "The project's id.",
        "help.assess.date": "The day it applies from (default: today).",
        "help.assess.direct_jobs": "New or secured permanent jobs (årsverk), {low} to {high}.",
        "help.assess.competence_jobs": "Of those, jobs that need higher education.",
        "help.assess.priority_jobs": "Of those, jobs for women or young people.",
        "help.assess.sector": "industry, knowledge, tourism, primary, creative, services, public or other.",
        "help.assess.feasibility": "Realiseringspotensial: how likely it is to happen, 0–5.",
        "help.assess.attractiveness": "Bolyst: makes Vefsn a place people want to live, 0–5.",
        "help.assess.green": "Green shift, UN sustainability goals, 0–5.",
        "help.assess.innovation": "Innovation, R&D, use of the support system, 0–5.",
        "help.assess.visibility": "Regional and national visibility, 0–5.",
        "help.assess.collaboration": "Cooperation across businesses, municipality and region, 0–5.",
        "help.assess.request": "What it needs from the næringsfond, in kroner.",

        "help.weights.abstract": "The weights and sector multipliers of the scoring model.",
        "help.weights.show.abstract": "The model valid on a day: each criterion's weight and each sector's multiplier.",
        "help.weights.show.as_of": "The day (default: today).",
        "help.weights.set.abstract": "Change weights: a new version of the model; earlier rankings stay as they were.",
        "help.weights.set.discussion": """
            Keys: jobs, competence, attractiveness, priority, green, innovation, visibility, collaboration. \
            A weight is {low} to {high}: weights count relative to each other, so 0 to 100 \
            gives every ratio a board would choose.

            Example:
              mon weights set jobs=30 green=5
            """,
        "help.weights.set.changes": "KEY=WEIGHT, one or more; a weight is {low} to {high}.",
        "help.weights.set.from": "The first day the new weights hold: today (the default) or later.",

        "help.rank.abstract": "Projects ordered by ringvirkning score, every point explained.",
        "help.rank.discussion": """
            Each project's latest assessment, scored by the model of the day; completed and \
            cancelled projects are left out, and so are funded ones: those whose grants (granted \
            less released less repaid) already cover their request. Every row shows what the \
            project was granted and paid. Ties go to the lower request, then the lower id. \
            --sensitivity multiplies each weight by U(1−S, 1+S), RUNS times, and shows how stable \
            each rank is. The method: docs/ringvirkning.md.

            Examples:
              mon rank --top 10 --explain
              mon rank --as-of 2024-06-30 --format json
              mon rank --sensitivity --runs 2000 --spread 0.3 --seed 7 --top 5
            """,
        "help.rank.top": "Only the first N (with --sensitivity: the N to count the chance of), {low} to {high} projects.",
        "help.rank.explain": "Show each criterion's input, score, weight and points, the feasibility factor and the sector multiplier.",
        "help.rank.as_of": "The ranking as it stood at the end of this day.",
        "help.rank.sensitivity": "Show how stable each rank is when the weights vary.",
        "help.rank.runs": "Runs of the sensitivity analysis, {low} to {high}; runs × projects at most 25 million.",
        "help.rank.spread": "How far each weight may move: 0.2 is ±20\u{A0}%.",
        "help.rank.seed": "The seed: the same seed gives the same analysis.",
        "help.rank.include_funded": "Rank the funded projects too.",

        "help.select.abstract": "The set of projects with the most ringvirkning whose requests fit a budget — proven, not guessed.",
        "help.select.discussion": """
            Branch and bound over every assessed project that is not completed or cancelled; \
            "optimal": true only when the search has proven no other set scores more. \
            Funded projects are left out as in `rank`; a project partly covered by its grants \
            is counted for the rest of its request (remaining). \
            --frontier shows the best score at each of STEPS budgets up to --budget.

            Examples:
              mon select --budget "5 000 000"
              mon select --budget "5 000 000" --require 3 --exclude 8 --min-area 1=2 3=1
              mon select --budget "10 000 000" --frontier 10
            """,
        "help.select.budget": "What the selected projects may ask for together, in kroner (at most 10\u{A0}000\u{A0}000\u{A0}000).",
        "help.select.require": "Projects that must be selected.",
        "help.select.exclude": "Projects that must not be.",
        "help.select.min_area": "At least COUNT projects from focus area N.",
        "help.select.frontier": "The best score at each of this many budgets up to --budget, {low} to {high} steps.",
        "help.select.as_of": "Select from the assessments as they stood at the end of this day.",
        "help.select.include_funded": "Select among the funded projects too, each for its whole request.",

        "help.report.abstract": "The results report for the board: per focus area and goal, the ranking and the fund.",
        "help.report.discussion": """
            Markdown, or one self-contained HTML page with charts (no network needed; prints \
            on A4). Written in Norwegian, for the board and the municipal council.

            Examples:
              mon report --year 2024 -o rapport-2024.md
              mon report --format html -o rapport.html
              mon report --year 2026 --format json
            """,
        "help.report.year": "The grants approved in this year, as they stood at its end, and the fund's flows of the year.",

        "help.param.abstract": "The dated parameters of the rules: each value holds from its date until the next.",
        "help.param.show.abstract": "Every parameter with every dated value.",
        "help.param.set.abstract": "Give a parameter a new value from a day on; earlier days keep theirs.",
        "help.param.set.discussion": """
            Keys: {keys}, and \
            multiplier.SECTOR for a sector's employment multiplier (a new version of the scoring model).

            Bounds: a multiplier is {multiplier_low} to {multiplier_high} (published regional employment \
            multipliers lie between 1 and 3); persons_per_job is {persons_low} to {persons_high} (a \
            household is 1 to 4 persons); eur_rate_min and eur_rate_max are {rate_low} to {rate_high} NOK per EUR \
            (5 and 25 to begin with: NOK per EUR has lain between 7 and 12); the shares are above 0 and at most 1.

            Examples:
              mon param set intensity_max 0.70 --from 2027-01-01
              mon param set persons_per_job 2.16
              mon param set multiplier.tourism 1.4
            """,
        "help.param.set.key": "The parameter.",
        "help.param.set.value": "Its value.",
        "help.param.set.from": "The first day it holds: today (the default) or later.",

        "help.history.abstract": "Every change to the data: when, who, which row, and its values before and after.",
        "help.history.list.discussion": """
            Asking for a project shows the changes of its goal, strategy and partner links too.
            `list` is the default: `mon history` is `mon history list`.

            Examples:
              mon history --table project --id 7
              mon history --since 2024-01-01 --format json
            """,
        "help.history.list.table": "Only changes of this table (see docs/schema.md).",
        "help.history.list.id": "Only changes of this row (with --table).",
        "help.history.list.since": "Only changes from this day on.",
        "help.history.verify.abstract": "Check every history row against its seal: name the first whose content or order no longer matches.",
        "help.history.verify.discussion": """
            Each history row carries a SHA-256 over the row before it and its own content \
            (docs/schema.md). Exits 1, naming the row, when a row was changed, removed, \
            inserted by hand or moved. Rows written by another SQLite client are sealed at \
            mon's next write; until then they are counted as unsealed. The head is the last \
            sealed row and its hash's first 16 hex digits, as the board report prints it.

            Example:
              mon history verify --format json
            """,
    ]
}
