extension Catalogue {
    /// Assessments, the scoring model, selection and sensitivity.
    static let bokmalScoring: KeyValuePairs<Message.Key, String> = [
        "scoring.no_model_on": "ingen versjon av poengmodellen gjaldt {day}",
        "scoring.model_starts_today": "en ny modellversjon starter i dag eller senere, ikke {start}: tidligere rangeringer blir stående som de var",
        "scoring.weights_all_zero": "minst én vekt må være over 0",
        "scoring.model_starts_after": "versjon {version} gjelder fra {from}; en ny må starte senere",
        "selection.not_assessed": "prosjekt {id} er ikke blant dem som kan velges: det er ikke vurdert, eller det er fullført eller avbrutt",
        "selection.required_and_excluded": "prosjekt {id} kan ikke både være påkrevd og utelatt",
        "selection.budget_negative": "budsjettet kan ikke være negativt",
        "selection.required_over_budget": "de påkrevde prosjektene koster {required}, mer enn budsjettet på {budget}",
        "selection.none_fits": "ingen kombinasjon av vurderte prosjekter holder seg innenfor {budget} og oppfyller minstekravet per satsingsområde",
        "selection.search_exhausted": "fant ingen kombinasjon som følger reglene innenfor {branches} forgreninger",
        "assessment.score_range": "{criterion} får 0–5 poeng, ikke {value}",
        "assessment.feasibility_range": "gjennomførbarhet får 0–5 poeng, ikke {feasibility}",
        "assessment.request_negative": "søknadsbeløpet kan ikke være negativt",
        "sensitivity.spread_range": "--spread må være minst 0 og under 1, ikke {spread}",
        "sensitivity.runs_too_many": "--runs {runs} over {projects} prosjekter er mer enn mon holder på én gang; be om høyst {most} kjøringer",
        "selection.none_fits_minimums": "ingen kombinasjon av vurderte prosjekter holder seg innenfor {budget} og oppfyller minstekravet per satsingsområde ({minimums})",
        "selection.area_minimum": "område {area}: {count}",
        "assessment.competence_jobs_above_direct": "kompetansearbeidsplasser ({value}) må være mellom 0 og antall direkte arbeidsplasser ({direct})",
        "assessment.priority_jobs_above_direct": "arbeidsplasser for kvinner og unge ({value}) må være mellom 0 og antall direkte arbeidsplasser ({direct})",
    ]
}
