import Portfolio

extension Layout where Value == UserAccount {
    /// A line of `user list`: the role as its key for programs and in words for a
    /// person, the moments in Oslo time for a person and UTC as stored for programs.
    /// The password's hash is not in `UserAccount`, so no format can show it.
    public static var userAccount: Layout {
        Layout([
            Column("name") { .text($0.user.name) },
            Column("role") { .choice($0.user.role) },
            Column("disabled") { .bool($0.user.disabled) },
            Column("locked_until") { $0.lockedUntil.map { .moment($0) } ?? .null },
            Column("last_login") { $0.lastLogin.map { .moment($0) } ?? .null },
        ])
    }
}
