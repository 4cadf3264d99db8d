extension Catalogue {
    /// Plans beside each other: the plan file (YAML), its import and export, `plan list`, current and over.
    static let englishPlans: KeyValuePairs<Message.Key, String> = [
        "plan.period_over": "no plan covers {day}: this is the newest, {name}, whose period ended in {last}",
        "plan.file.kind": "a plan file (YAML)",
        "plan.file.too_large": "the plan file is larger than {most}; a plan takes a few dozen kilobytes",
        "plan.file.not_utf8": "the plan file is not UTF-8 text",
        "plan.file.too_deep": "brackets nest more than {most} deep here; a plan needs two or three",
        "plan.file.duplicate_key": "a key is given twice in one mapping: {keys}",
        "plan.file.not_yaml": "this is not YAML that can be read: look for a missing space after a colon, an unclosed quote or a wrong indent",
        "plan.file.empty": "the plan file is empty",
        "plan.file.too_many_parts": "the plan file has more than {most} keys, values and items, its aliases (*name) read out; a plan has a few hundred",
        "plan.file.not_mapping": "keys with values belong here (title: …)",
        "plan.file.unknown_key": "unknown key '{key}'; the keys here are {keys}",
        "plan.file.key_twice": "the key '{key}' stands twice",
        "plan.file.key_missing": "the key '{key}' is missing",
        "plan.file.not_text": "'{key}' must be a single value, not a list or keys",
        "plan.file.not_integer": "'{key}' must be a whole number",
        "plan.file.not_number": "'{key}' must be a number, like 13278 or 1.5",
        "plan.file.not_list": "'{key}' must be a list (lines beginning with -)",
        "plan.file.too_many": "'{key}' has more than {most} items",
        "plan.file.no_areas": "the plan has no focus areas; give them under focus_areas",
        "plan.file.value_kind": "an indicator value's kind is observed or projected, not '{kind}'",
        "plan.file.name_taken": "a plan named '{name}' is already in the database; plans stand beside each other under names of their own (give another with --title)",
        "plan.file.period_backwards": "the period ends in {last}, before it starts in {first}",
        "plan.file.area_twice": "focus area {number} stands twice",
        "plan.file.goal_code_form": "'{code}' is not a goal code; write it as the focus area's number, a dot and the goal's number, like 1.1",
        "plan.file.goal_outside_area": "goal {code} stands under focus area {area}; a goal's code begins with its focus area's number",
        "plan.file.goal_twice": "goal {code} stands twice in the plan",
        "plan.file.strategy_code_form": "'{code}' is not a strategy code of goal {goal}; write the goal's code and one letter, like {goal}a",
        "plan.file.strategy_twice": "strategy {code} stands twice",
        "plan.file.indicator_key_form": "'{key}' is not an indicator key; use small letters a–z, digits and _, beginning with a letter",
        "plan.file.indicator_twice": "the indicator '{key}' stands twice in the plan",
        "plan.file.target_before_baseline": "the indicator '{key}' has its target year before its baseline year",
        "plan.file.value_twice": "the indicator '{key}' has two values of one kind for {year}",
        "bound.plan_year": "a year must be {low} to {high}, not {value}",
        "bound.focus_area_number": "a focus area's number must be {low} to {high}, not {value}",
        "bound.indicator_value": "an indicator's value must be {low} to {high}, not {value}",
        "text.what.plan": "the plan's title",
        "text.what.focus_area": "a focus area's title",
        "text.what.goal": "a goal's title",
        "text.what.strategy": "a strategy's text",
        "text.what.indicator": "an indicator's name",
        "text.what.unit": "an indicator's unit",
        "text.what.source": "a value's source",
        "text.what.slogan": "the slogan",
        "text.what.vision": "the vision",
        "header.adopted": "adopted",
        "header.period": "period",
        "header.current": "current",
        "header.over": "over",
        "header.goal": "goal",
        "header.baseline": "baseline",
        "header.baseline_year": "baseline year",
        "header.target": "target",
        "header.target_year": "target year",
        "help.plan.import.abstract": "Add a plan from a YAML file, beside the plans already there.",
        "help.plan.import.discussion": """
            The file gives the plan's title, municipality, first and last year, adoption date, focus \
            areas with their goals and strategies, and indicators with baseline and target; \
            docs/plan-format.md shows one. The plan is added whole or not at all: one error and \
            nothing is written, and the error names its line. Earlier plans stay as they were, and \
            so do the goals of their projects. A plan whose title is already there is refused; \
            --title gives the new one another.

            Examples:
              mon plan import naeringsplan-2025-2028.yaml
              mon plan import plan-2021-2024.yaml --title "Kopi av planen"
            """,
        "help.plan.import.file": "The plan file (YAML).",
        "help.plan.import.title": "Store the plan under this title instead of the file's.",
        "help.plan.export.abstract": "Write a plan as YAML, in the format `mon plan import` reads.",
        "help.plan.export.discussion": """
            Without --plan, the current plan: the newest whose period covers today, else the newest.

            Examples:
              mon plan export -o naeringsplan.yaml
              mon plan export --plan 1 -o naeringsplan-2021-2024.yaml --force
            """,
        "help.plan.export.plan": "The plan's id (default: the current plan).",
        "help.plan.list.abstract": "List the plans: period, adoption, which is current and which are over.",
        "help.plan.list.discussion": """
            The current plan is the newest whose period covers the day; when none does, the newest. \
            Goal codes (`--goal 1.1`) name goals of the current plan.

            Examples:
              mon plan list
              mon plan list --as-of 2026-11-27 --format json
            """,
        "help.plan.as_of": "The day to judge by (default: today).",
        "help.plan.show.plan": "The plan's id (default: the current plan).",
        "help.plan.coverage.plan": "The plan's id (default: the current plan).",
        "help.project.update.plan": "Goals and strategies given are those of this plan (default: the current plan); the project keeps its goals in other plans.",
    ]
}
