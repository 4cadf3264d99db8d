extension Catalogue {
    /// What the command line itself says.
    static let englishCommandLine: [Message.Key: String] = [
        "cli.default_folder_not_made": "cannot create the folder {folder} for the default database; name one with --db or MON_DB",
        "cli.import_kind_unknown": "cannot import '{kind}'; choose {kinds}",
        "cli.stdout_short_write": "cannot write to standard output: not all of it was written",
        "cli.stdout_full": "cannot write to standard output: the disk is full",
        "cli.import_checked.projects": "checked {rows} projects: all would import (dry run: nothing written)",
        "cli.import_checked.partners": "checked {rows} partners: all would import (dry run: nothing written)",
        "cli.import_checked.grants": "checked {rows} grants: all would import (dry run: nothing written)",
        "cli.imported.projects": "imported {rows} projects",
        "cli.imported.partners": "imported {rows} partners",
        "cli.imported.grants": "imported {rows} grants",
        "cli.backed_up": "backed up {database} to {file}",
        "cli.weight_form": "weights are given as KEY=WEIGHT, like jobs=30, not '{text}'",
    ]
}
