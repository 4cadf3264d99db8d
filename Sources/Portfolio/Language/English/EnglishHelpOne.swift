extension Catalogue {
    /// `--help` of mon itself, its global options, and of demo, init, plan, partner,
    /// project, fund, import, export, backup, doctor and sql. Examples are the same
    /// commands in both languages; the values a user types may be given in either.
    static let englishHelpOne: KeyValuePairs<Message.Key, String> = [
        "help.mon.abstract": "The project portfolio and næringsfond of Mosjøen og Omegn Næringsselskap (MON).",
        "help.mon.discussion": """
            One SQLite file holds Vefsn's strategic business plan, the projects that carry \
            it out, their partners and every grant from the municipal business fund.

            Help, messages and tables are in bokmål when LANG, LC_ALL or LC_MESSAGES begins \
            with nb, nn or no, or with MON_LANG=nb; in English otherwise (MON_LANG=en).

            Examples:
              mon demo
              mon plan show --format json
              mon sql "SELECT code, title FROM goal WHERE code = :c" --param c=2.5
            """,

        "help.global.db": "The database file.",
        "help.global.db.discussion": """
            Default: $MON_DB, else $XDG_DATA_HOME/mon/mon.sqlite (~/.local/share/mon/mon.sqlite). \
            Only `mon init` and `mon demo --db` create it.
            """,
        "help.global.actor": "Who makes the change, as the history records it.",
        "help.global.actor.discussion": "Default: $MON_ACTOR, else your login name.",
        "help.output.format": "Output format: table, json, csv or markdown.",
        "help.output.file": "Write to this file instead of standard output.",
        "help.output.force": "Replace the -o file when it exists.",

        "help.demo.abstract": "Load the plan and an example MON portfolio, and show its ranking and its fund.",
        "help.demo.discussion": """
            In memory unless --db names a new file, which then keeps the example to explore \
            with every other command.

            --synthetic makes up a large portfolio from a seed instead, to measure mon at \
            region or national scale; the same seed gives the same data.

            Examples:
              mon demo
              mon demo --db demo.sqlite && mon --db demo.sqlite select --budget "3 000 000"
              mon demo --synthetic --projects 20000 --grants 200000 --seed 1 \\
                  --db region.sqlite
            """,
        "help.demo.synthetic": "Make up a large portfolio instead of the example.",
        "help.demo.projects": "Projects to make up (with --synthetic), {low} to {high}.",
        "help.demo.grants": "Grants to make up (with --synthetic), {low} to {high}.",
        "help.demo.seed": "The seed of the made-up data.",

        "help.init.abstract": "Create the database, or bring it up to this mon's schema.",
        "help.init.discussion": """
            Only `init` (and `demo --db`) creates a database: every other command \
            refuses a path where there is none, so a mistyped --db cannot make an empty one. \
            The file is marked as mon's (PRAGMA application_id 0x4D4F4E31, "MON1"); \
            a SQLite file of another application is refused and left as it was.

            Example:
              mon init --db mon.sqlite
            """,

        "help.plan.abstract": "The strategic business plan: focus areas, goals and strategies.",
        "help.plan.show.abstract": "Show the plan with how many projects serve each goal and strategy.",
        "help.plan.show.discussion": """
            Examples:
              mon plan show
              mon plan show --format json
            """,
        "help.plan.coverage.abstract": "Goals and strategies of the plan that no planned or active project serves.",
        "help.plan.coverage.discussion": """
            Example:
              mon plan coverage --format markdown
            """,

        "help.new_name": "A new name.",
        "help.partner.which": "The partner: its id, organisation number or name.",
        "help.partner.abstract": "Companies, public bodies, research, associations and funding agencies.",
        "help.partner.orgnr": "Organisation number: 9 digits with a valid check digit (spaces allowed).",
        "help.partner.kind": "company, public, research, association or funding.",
        "help.partner.municipality": "The municipality it is registered in (Vefsn for local businesses).",
        "help.partner.group": "A group of companies it belongs to: they count as one undertaking for state aid.",
        "help.partner.add.abstract": "Register a partner; prints its id.",
        "help.partner.add.discussion": """
            Example:
              mon partner add "Vefsn kommune" --orgnr "974 760 673" --kind public \\
                  --municipality Vefsn
            """,
        "help.partner.add.name": "The partner's name.",
        "help.partner.update.abstract": "Change a partner's name, organisation number, kind, municipality or group.",
        "help.partner.update.discussion": """
            An empty value clears --orgnr, --municipality or --group.

            Example:
              mon partner update 974760673 --municipality Vefsn \\
                  --group "Vefsn kommune-konsernet"
            """,
        "help.partner.list.abstract": "List partners by name.",
        "help.partner.list.discussion": """
            Example:
              mon partner list --kind company --format csv
            """,
        "help.partner.list.kind": "Only partners of this kind.",
        "help.partner.list.group": "Only partners of this group.",
        "help.partner.show.abstract": "Show a partner, its group and its roles in projects.",
        "help.partner.show.discussion": """
            Example:
              mon partner show "974 760 673"
            """,

        "help.project.id": "The project's id.",
        "help.project.abstract": "Projects: what they are, which goals they serve, where they stand, who takes part.",
        "help.project.goal": "Goals it serves (`1.1 2.4`), the primary goal first.",
        "help.project.strategy": "Strategies it serves (`1.1a`); each brings its goal.",
        "help.project.start": "Start date (2024-03-15 or 15.03.2024).",
        "help.project.end": "End date, not before the start.",
        "help.project.budget": "Budget in kroner (1\u{A0}250\u{A0}000 or 1250000,50).",
        "help.project.responsible": "The person responsible.",
        "help.project.description": "What the project does.",
        "help.project.add.abstract": "Register a project; prints its id.",
        "help.project.add.discussion": """
            A project serves at least one goal of the plan; the first --goal is its primary goal.

            Example:
              mon project add "Mulighetsanalyse Vefsn ByLab" --goal 3.4 3.3 \\
                  --strategy 3.4a --status planned --start 2022-01-10 \\
                  --budget "450 000" --responsible "Kari Nordmann"
            """,
        "help.project.add.name": "The project's name.",
        "help.project.add.status": "idea (default), planned, active, completed or cancelled.",
        "help.project.update.abstract": "Change a project's name, goals, strategies, dates, budget, responsible or description.",
        "help.project.update.discussion": """
            --goal and --strategy replace the lists; an empty value clears --start, --end, --budget, \
            --responsible or --description. The status changes with `mon project status`.

            Example:
              mon project update 7 --end 2025-06-30 --budget "1 200 000"
            """,
        "help.project.status.abstract": "Move a project along idea → planned → active → completed, or to cancelled.",
        "help.project.status.discussion": """
            A step may be skipped; nothing moves back, and nothing leaves completed or cancelled.

            Example:
              mon project status 7 active --note "Finansiering på plass"
            """,
        "help.project.status.status": "planned, active, completed or cancelled.",
        "help.project.status.note": "Why; kept in the history.",
        "help.project.partner.abstract": "Give a partner a role in a project, with an optional contribution.",
        "help.project.partner.discussion": """
            Giving the same role again changes its contribution.

            Example:
              mon project partner 7 "974 760 673" --role funder --contribution "200 000"
            """,
        "help.project.partner.role": "owner, partner, funder or supplier.",
        "help.project.partner.contribution": "What it contributes, in kroner.",
        "help.project.list.abstract": "List projects, by status, goal or focus area.",
        "help.project.list.discussion": """
            Examples:
              mon project list --status active
              mon project list --goal 2.4 --format json
              mon project list --area 3
            """,
        "help.project.list.status": "Only projects with this status.",
        "help.project.list.goal": "Only projects serving this goal (`2.4`).",
        "help.project.list.area": "Only projects whose primary goal is in this focus area (1–3).",
        "help.project.show.abstract": "Show a project with its goals, strategies and partners.",
        "help.project.show.discussion": """
            Example:
              mon project show 7 --format json
            """,

        "help.fund.abstract": "The næringsfond: funds, their yearly allocations and where their money stands.",
        "help.fund.add.abstract": "Add a fund beside Kommunalt næringsfond; prints its id.",
        "help.fund.add.discussion": """
            Example:
              mon fund add "Covid-fond" --description "Kompensasjonsmidler 2020–2021"
            """,
        "help.fund.add.name": "The fund's name.",
        "help.fund.add.description": "What the fund is for.",
        "help.fund.allocate.abstract": "Record money the municipal council gave a fund for a year; prints its id.",
        "help.fund.allocate.discussion": """
            Example:
              mon fund allocate --year 2024 "3 000 000" --reference "KS-sak 45/23"
            """,
        "help.fund.allocate.fund": "The fund (default: Kommunalt næringsfond).",
        "help.fund.allocate.year": "The year the money is for.",
        "help.fund.allocate.amount": "The amount in kroner.",
        "help.fund.allocate.reference": "The council's decision (sak) or other reference.",
        "help.fund.status.abstract": "Allocated, committed, disbursed, returned and available, per fund.",
        "help.fund.status.discussion": """
            available + committed + disbursed = allocated, always. With --year, the fund as \
            it stood at the end of that year (allocations up to that year, and every approval, \
            payment, repayment and release up to 31 December); without, everything recorded.

            Examples:
              mon fund status
              mon fund status --year 2023 --format json
            """,
        "help.fund.status.fund": "Only this fund.",
        "help.fund.status.year": "As it stood at the end of this year.",
        "help.fund.list.abstract": "List the funds.",

        "help.import.abstract": "Import projects, partners or grants from a CSV file, all or nothing.",
        "help.import.discussion": """
            The file is UTF-8 with a header row, separated by , or ; (as Norwegian Excel \
            saves it). One bad row and nothing is imported; the error names its line and \
            column. The columns are in the README; `mon export projects` writes a file this reads.

            Examples:
              mon import partners partnere.csv --dry-run
              mon import projects prosjekter.csv
              mon import grants tilsagn.csv
            """,
        "help.import.kind": "What the file holds: projects, partners or grants.",
        "help.import.file": "The CSV file.",
        "help.import.dry_run": "Check every row by every rule, then write nothing.",
        "help.export.abstract": "Export projects, partners, or any table or view as CSV or an Excel workbook.",
        "help.export.discussion": """
            `projects` and `partners` are written in the shape `mon import` reads back; any \
            other name is a table or view of docs/schema.md, written as it is. Text that a \
            spreadsheet would run as a formula (=, +, -, @) is written with a leading '; \
            with --excel, so is text it would read as a number or a date (goal 1.1, an \
            organisation number), so that it stays text.

            --xlsx writes a workbook with typed cells: amounts as numbers in kroner, dates \
            as dates, codes as text, headers in the reader's language (bokmål under a \
            Norwegian locale), and in grants the applicant's name beside its id. It needs -o.

            Examples:
              mon export projects -o prosjekter.csv
              mon export grant --excel -o tilsagn.csv --force
              mon export grants --xlsx -o tilsagn.xlsx
            """,
        "help.export.name": "projects, partners, or a table or view.",
        "help.export.excel": "For Norwegian Excel: ; separators, UTF-8 with a byte-order mark, decimal commas.",
        "help.export.xlsx": "An Excel workbook (.xlsx) with typed cells, written to the -o file.",

        "help.backup.abstract": "Write a consistent copy of the database to a new file, while others may write.",
        "help.backup.discussion": """
            The copy is written to a temporary file beside FILE and appears under its \
            name only when whole: a full disk or a kill leaves no half backup.

            Example:
              mon backup mon-2024-12-31.sqlite
            """,
        "help.backup.file": "The new file; an existing file, the database or its -wal or -shm is never overwritten.",

        "help.doctor.abstract": "Check the database: integrity, foreign keys, migrations, schema, history seal and funds.",
        "help.doctor.discussion": """
            Names every trigger, index and view that is not as the migrations made it \
            (dropped, changed or added by hand), the first history row that no longer \
            matches its seal (as `mon history verify` does), and any fund whose figures \
            do not add up. Only reads. Exits 1 when a check fails.

            Example:
              mon doctor --format json
            """,

        "help.sql.abstract": "Run one read-only SQL query over the database.",
        "help.sql.discussion": """
            The database is opened read-only and the query may only read: a statement \
            that would write, ATTACH, a pragma that sets something and functions that \
            reach outside the database are refused, and the file is left as it was. \
            Rows are printed as they are read, a thousand at a time (in table format \
            each thousand is aligned on its own), so a large result needs no memory. \
            The query stops at --timeout or on Ctrl-C, with exit status 1. \
            Tables and views: docs/schema.md.

            Examples:
              mon sql "SELECT code, title FROM goal WHERE code = :c" --param c=2.5
              mon sql "SELECT status, count(*) AS n FROM project GROUP BY status" \\
                  --format csv
              mon sql "SELECT * FROM history" --timeout 600 --format json > history.json
            """,
        "help.sql.query": "One SQL statement that only reads.",
        "help.sql.param": "A named parameter, bound to :KEY in the query.",
        "help.sql.timeout": "Stop the query after this many seconds (1 to 86\u{A0}400).",
    ]
}
