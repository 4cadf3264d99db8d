extension Catalogue {
    /// Projects and the plan they serve.
    static let bokmalProjects: KeyValuePairs<Message.Key, String> = [
        "project.exists": "prosjekt {project} finnes allerede",
        "project.id_fixed": "et prosjekts id kan ikke endres",
        "project.status_by_command": "et prosjekts status endres med `mon project status`, som kontrollerer overgangen",
        "project.not_found": "prosjekt {id} finnes ikke",
        "project.ends_before_start": "prosjektet kan ikke slutte ({end}) før det starter ({start})",
        "project.budget_negative": "et budsjett kan ikke være negativt",
        "project.needs_goal": "et prosjekt må tjene minst ett mål i planen: oppgi --goal KODE (`mon plan show` viser dem)",
        "project.goal_not_found": "{plan} har ikke noe mål '{code}'; `mon plan show` viser dem",
        "project.strategy_not_found": "{plan} har ingen strategi '{code}'; `mon plan show` viser dem",
        "plan.none": "databasen har ingen plan",
        "plan.not_found": "plan {id} finnes ikke; `mon plan show` viser den gjeldende",
        "project.status_final": "prosjekt {project} kan ikke gå fra {from} til {to}: et prosjekt som er {from}, blir værende der",
        "project.status_backwards": "prosjekt {project} kan ikke gå fra {from} til {to}: status går framover (idé, planlagt, aktiv, fullført), til avbrutt, eller fra aktiv tilbake til planlagt med --reason",
    ]
}
