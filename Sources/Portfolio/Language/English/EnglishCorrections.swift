extension Catalogue {
    /// Grant corrections (annul, reinstate, update), decisions on record, and their help.
    static let englishCorrections: KeyValuePairs<Message.Key, String> = [
        "grant_status.annulled": "annulled",
        "grant.correction.needs_reason": "a correction is kept with its reason: give it with --reason",
        "grant.annul.already": "grant {grant} is already annulled",
        "grant.annul.paid": "grant {grant} has had {paid} paid out: money that moved is corrected by a repayment, not by annulling the grant",
        "grant.lapse.before_deadline": "grant {grant}'s deadline is {deadline}: lapsing its {amount} on {day}, before the deadline, is a decision; give --reason and --decided-by",
        "grant.reinstate.not_released": "grant {grant} is {status}: only a lapsed or withdrawn grant can be reinstated",
        "grant.reinstate.before_decision": "the reinstatement ({day}) cannot come before the decision it undoes ({earliest})",
        "grant.update.nothing": "nothing to update: give the fields to correct, like --purpose or --deadline",
        "grant.update.annulled": "grant {grant} is annulled: an annulled grant is not updated",
        "grant.update.decided": "grant {grant} is {status}: {field} was part of the decided application and cannot change; after the decision only --purpose, --case and a later --deadline can",
        "grant.update.deadline_not_open": "grant {grant} is {status}: only an approved grant still open has a deadline to extend",
        "grant.update.deadline_earlier": "the new deadline ({deadline}) is before the current one ({current}): a deadline can only be extended",
        "grant.recused.form": "--recused \"{text}\": write the member and the grounds as \"NAME: grounds\"",
        "decider.exists": "{name} is already on the list of deciders",
        "decider.unknown": "{name} is not on the list of deciders ({known}): add it with `mon decider add`",
        "text.what.recused_name": "a recused member",
        "text.what.recused_grounds": "the grounds for recusal",
        "text.what.reason": "the reason",
        "text.what.purpose": "the purpose",
        "text.what.case": "the case reference",
        "text.what.decider": "the decider",

        "header.decided_by": "decided_by",
        "header.decision_case": "decision_case",
        "header.registered_at": "registered_at",
        "header.correction_note": "correction_note",
        "header.grounds": "grounds",
        "header.decision": "decision",
        "header.reason": "reason",
        "header.recused": "recused",
        "section.decisions": "Decisions",
        "label.approved": "approved",
        "label.rejected": "rejected",
        "label.lapsed": "lapsed",
        "label.withdrawn": "withdrawn",
        "label.reinstated": "reinstated",
        "section.recused": "Recused",

        "help.decision.decided_by": "Who decided: one of `mon decider list` (styret, daglig leder, administrasjonen, formannskapet …).",
        "help.decision.recused": "A member who stepped aside for conflict of interest, as \"NAME: grounds\"; repeat for each.",
        "help.decision.case": "The case or meeting reference of the decision (saksnummer).",
        "help.grant.annul.abstract": "Annul a grant registered in error: it leaves every figure and stays visible as annulled.",
        "help.grant.annul.discussion": """
            Only before any payment; --reason is required and kept in history.

            Example:
              mon grant annul 12 --reason "Registrert på feil søker"
            """,
        "help.grant.annul.reason": "Why it was registered in error (required).",
        "help.grant.reinstate.abstract": "Undo a lapse or withdrawal recorded in error.",
        "help.grant.reinstate.discussion": """
            The unpaid rest is committed again as if it was never released: refused unless the fund \
            covers it from the day it was released on every later day. --reason is required.

            Example:
              mon grant reinstate 2 --date 2026-11-02 --reason "Bortfalt på feil tilsagn" \\
                  --decided-by "daglig leder"
            """,
        "help.grant.reinstate.reason": "Why the lapse or withdrawal was in error (required).",
        "help.grant.update.abstract": "Correct a grant's application fields while it is undecided; after the decision only purpose, case and a later deadline.",
        "help.grant.update.discussion": """
            --reason is required and kept in history.

            Examples:
              mon grant update 12 --amount "350 000" --total-cost "900 000" \\
                  --reason "Feil beløp i søknaden"
              mon grant update 12 --deadline 2026-12-31 --reason "Forlenget frist, PS 14/26"
            """,
        "help.grant.update.amount": "The amount applied for, in kroner.",
        "help.grant.update.total_cost": "The project's total cost, in kroner.",
        "help.grant.update.applicant": "The applicant: a partner's id, organisation number or name.",
        "help.grant.update.project": "The project the grant is for.",
        "help.grant.update.basis": "de-minimis, gber, purchase or not-aid.",
        "help.grant.update.received": "The day the application was received.",
        "help.grant.update.purpose": "What the money is for.",
        "help.grant.update.deadline": "A later deadline for an approved grant.",
        "help.grant.update.reason": "Why the fields are corrected (required).",
        "help.grant.withdraw.reason": "Why it was withdrawn.",
        "help.grant.lapse.reason": "Why it lapses; required, with --decided-by, before the deadline.",
        "help.grant.close.reason": "A note on the closing.",
        "help.decider.abstract": "Who may be named as having decided (--decided-by).",
        "help.decider.discussion": """
            Examples:
              mon decider list
              mon decider add arbeidsutvalget
            """,
        "help.decider.list.abstract": "List who may be named with --decided-by.",
        "help.decider.add.abstract": "Add one who may decide.",
        "help.decider.add.discussion": "Example:\n  mon decider add arbeidsutvalget",
        "help.decider.add.name": "The decider's name, like arbeidsutvalget.",
    ]
}
