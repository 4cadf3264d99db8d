extension Catalogue {
    /// Corrections of allocations, partners and projects: annulling, merging, removing, putting on hold.
    static let englishCorrectionsA: KeyValuePairs<Message.Key, String> = [
        "text.what.correction_reason": "the reason",
        "correction.reason_empty": "a correction needs a reason: say why with --reason",
        "allocation.not_found": "there is no allocation {id}; `mon fund allocation list` shows them",
        "allocation.already_annulled": "allocation {id} is already annulled",
        "allocation.annul_uncovered": "allocation {id} cannot be annulled: without its {amount}, {fund} would have {available} available on {day}, too little for grant {grant} approved that day",
        "allocation.duplicate": "allocation {id} already gives {fund} {amount} for {year} with the same reference; to allocate it once more on purpose, add --again",
        "project.on_hold_needs_reason": "project {project} goes back from {from} to {to} (on hold) only with a reason: add --reason",
        "project.note_or_reason": "give --reason or --note, not both: they are the same note",
        "project.partner_lacks_role": "partner {partner} is not {role} in project {project}; `mon project show {project}` lists its partners",
        "project.partner_has_no_role": "partner {partner} has no role in project {project}; `mon project show {project}` lists its partners",
        "project.remove_takes_no_contribution": "--remove takes no --contribution: it takes the role away",
        "project.partner_needs_role": "give the partner's role with --role (owner, partner, funder or supplier), or take it away with --remove",
        "partner.merged": "partner {partner} was merged into partner {kept}; use partner {kept}",
        "partner.merge_same": "partner {partner} cannot be merged into itself",
        "partner.merge_groups_differ": "partner {keep} is in the group {keep_group} and partner {duplicate} in {duplicate_group}: put them in one group with `mon partner update` before merging",
        "partner.merge_roles_differ": "partners {keep} and {duplicate} both take part in project {project}, as {keep_roles} and as {duplicate_roles}: remove the wrong role with `mon project partner {project} PARTNER --role ROLE --remove` before merging",
        "header.allocation_reference": "reference",
        "header.allocation_annulled": "annulled",
        "header.allocation_annul_reason": "why annulled",
        "header.merged_into": "merged into",
        "header.merge_reason": "why merged",
        "help.fund.allocation.abstract": "The council's allocations: list them, annul one made in error.",
        "help.fund.allocation.list.abstract": "List the allocations with their ids, annulled ones marked.",
        "help.fund.allocation.list.discussion": """
            Examples:
              mon fund allocation list
              mon fund allocation list --fund "Kommunalt næringsfond" --year 2024 \\
                  --format json
            """,
        "help.fund.allocation.list.fund": "Only this fund's allocations.",
        "help.fund.allocation.list.year": "Only the allocations for this year.",
        "help.fund.allocation.annul.abstract": "Annul an allocation made in error: it stays on record, marked, and counts in no figure.",
        "help.fund.allocation.annul.discussion": """
            Refused when the fund would then not cover what it has granted on some day from 1 January \
            of the allocation's year on; the refusal names the first grant left uncovered.

            Example:
              mon fund allocation annul 4 --reason "Registrert to ganger"
            """,
        "help.fund.allocation.annul.id": "The allocation's id (`mon fund allocation list` shows it).",
        "help.correction.reason": "Why; kept in the history.",
        "help.fund.allocate.again": "Allocate once more what an existing allocation gives (same fund, year, amount and reference), on purpose.",
        "help.partner.merge.abstract": "Merge a duplicate partner into the one kept.",
        "help.partner.merge.discussion": """
            Every grant, project role, de minimis declaration and group membership of the duplicate \
            moves to the partner kept, which also takes its organisation number and group when it has \
            none. The duplicate is kept, retired: `partner list` leaves it out, `partner show` shows \
            whom it was merged into and why, and its name finds the partner kept.

            Example:
              mon partner merge 974760673 7 --reason "Registrert to ganger"
            """,
        "help.partner.merge.keep": "The partner kept: its id, organisation number or name.",
        "help.partner.merge.duplicate": "The duplicate: its id, organisation number or name.",
        "help.project.status.reason": "Why (the same as --note); needed to put an active project back to planned, on hold.",
        "help.project.partner.remove": "Take the partner's role away: the one --role names, or every role it has in the project.",
    ]
}
