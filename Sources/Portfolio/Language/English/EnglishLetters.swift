extension Catalogue {
    /// The decision letter (`grant letter`): its refusals and help. The letter itself is always in bokmål.
    static let englishLetters: KeyValuePairs<Message.Key, String> = [
        "letter.no_decision": "grant {grant} is {status}: a letter is written for a grant approved or an application rejected",
        "help.grant.letter.abstract": "Write the decision letter of a grant or a rejection, in Norwegian.",
        "help.grant.letter.discussion": """
            The letter goes to a Norwegian applicant, so it is always in Norwegian (bokmål), whatever \
            language mon speaks to you. A grant's letter (tilsagnsbrev) states the recipient, the amount, \
            the share of the project's costs, the aid basis, for de minimis aid what the regulation \
            requires (this aid in EUR, the undertaking's de minimis aid in the window and the ceiling), \
            the deadline and conditions, how to ask for payment, the case and who decided. A rejected \
            application gets a rejection (avslag) with the reason recorded. An undecided, withdrawn or \
            annulled application has no letter.

            Examples:
              mon grant letter 12
              mon grant letter 12 --format html -o tilsagnsbrev-12.html
            """,
        "help.grant.letter.format": "markdown or html.",
    ]
}
