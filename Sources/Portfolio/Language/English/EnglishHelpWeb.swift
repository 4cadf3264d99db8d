extension Catalogue {
    /// The help of `mon serve`.
    static let englishHelpWeb: KeyValuePairs<Message.Key, String> = [
        "help.serve.abstract": "Serve the portfolio read-only in a browser, behind a login.",
        "help.serve.discussion": """
            Runs mon-web, installed beside mon: the overview, the plan, projects, \
            grants, rounds, the board report and the public list, in bokmål or \
            English as the browser asks, every list downloadable as CSV, xlsx and \
            JSON. Everything but /public, /healthz and /login needs a user (mon \
            user add). Stop it with Ctrl-C.

            Example:
              mon serve --db mon.sqlite --port 8080
            """,
        "help.serve.host": "The address to listen on; 127.0.0.1 lets only this machine in.",
        "help.serve.port": "The port to listen on.",
        "help.serve.secure_cookies": "Mark the session cookie Secure: for a server behind TLS.",
    ]
}
