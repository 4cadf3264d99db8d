extension Catalogue {
    /// The help of `mon user`.
    static let englishHelpAccess: KeyValuePairs<Message.Key, String> = [
        "help.user.abstract": "Web users: who may log in to the web pages, and as what.",
        "help.user.discussion": """
            A board member, an adviser or the auditor logs in with a name and a password. \
            Passwords are stored as bcrypt hashes only, and never typed on the command line. \
            Five failed logins in a row lock a user for 15 minutes; every login and failed \
            login is in `mon history` and in the table access_event.

            Examples:
              printf '%s\\n' "$PASSWORD" | mon user add kari --role board --password-stdin
              mon user list --format json
              mon user disable kari
            """,
        "help.user.add.abstract": "Add a web user; the password is read from standard input.",
        "help.user.add.discussion": """
            The password is the first line of standard input: at least 10 characters. \
            A name differing from another user's only in case is refused. The role is \
            board, adviser or auditor (styre, rådgiver, revisor).

            Example:
              printf '%s\\n' "$PASSWORD" | mon user add "Kari Nordmann" \\
                  --role adviser --password-stdin
            """,
        "help.user.add.name": "The user's name, unique in any case.",
        "help.user.add.role": "board, adviser or auditor.",
        "help.user.add.password_stdin": "Read the password from the first line of standard input.",
        "help.user.list.abstract": "List the web users: role, disabled, locked until, last login.",
        "help.user.list.discussion": """
            Times are Europe/Oslo time for a person, UTC as stored in CSV and JSON. \
            No password or hash is shown.

            Example:
              mon user list --format csv
            """,
        "help.user.disable.abstract": "Disable a web user: no login succeeds after it.",
        "help.user.disable.discussion": """
            The user stays in the list and in the history, marked disabled.

            Example:
              mon user disable kari
            """,
        "help.user.disable.name": "The user's name, in any case.",
    ]
}
