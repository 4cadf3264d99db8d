extension Catalogue {
    /// Help for conditions on approval and payment requests.
    static let englishHelpCaseHandling: KeyValuePairs<Message.Key, String> = [
        "help.grant.approve.completion": "The day the project is to be completed by; a part payment after it needs the day moved later (grant update --completion).",
        "help.grant.approve.report_due": "The day the final report is due.",
        "help.grant.approve.max_share": "The largest share of documented costs the grant may cover, in percent: --max-share 12,07.",
        "help.grant.approve.holdback": "The share of the grant held back until the final report, in percent: --holdback 10 (default: the parameter holdback_default).",
        "help.grant.approve.condition": "A condition in words; give it once for each: --condition \"Sluttrapport og attestert regnskap før utbetaling\".",
        "help.grant.pay.request": "The payment request to pay, for a grant paid on request: mon grant pay 12 --request 3 --date 2025-02-01.",
        "help.grant.update.completion": "A later completion date for an approved grant: the extension part payments after the old date need.",
        "help.grant.request.abstract": "Record a payment request (utbetalingsanmodning): the amount asked, the documented costs so far, a report.",
        "help.grant.request.discussion": """
            The costs are the project's documented costs accumulated so far; they never go down \
            from one request to the next. A final request (--final) needs the final report; it \
            pays the least of what remains, what was asked, and the grant's largest share of the \
            documented costs less what was paid, rounded down to whole øre; the rest returns to \
            the fund that day. A part request may not eat into the holdback, nor come after the \
            completion date. Pay a request with `mon grant pay ID --request N --date D`.

            Example:
              mon grant request 12 --amount "90 000" --costs "300 000" --date 2024-09-01 \\
                  --report "Halvveis"
              mon grant request 12 --amount "70 000" --costs "400 000" --date 2025-01-20 \\
                  --final \\
                  --report-file sluttrapport.txt
            """,
        "help.grant.request.amount": "The amount asked for.",
        "help.grant.request.costs": "The documented costs so far, accumulated.",
        "help.grant.request.date": "The day the request was received.",
        "help.grant.request.final": "The final request, with the final report: settles the grant.",
        "help.grant.request.report": "The status or final report as text.",
        "help.grant.request.report_file": "A UTF-8 text file holding the report (at most 256 KiB).",
        "help.grant.requests.abstract": "List a grant's payment requests and what was paid on each.",
        "help.grant.requests.discussion": "Example:\n  mon grant requests 12 --format json",
    ]
}
