import Foundation

/// Signed-in sessions, kept in memory: a restart signs everyone out, which a read-only view can afford.
/// A session token is 256 random bits; a session ends after `lifetime` without use.
///
///     let token = await sessions.open(for: user, at: Date())
///     let user = await sessions.user(for: token, at: Date())
actor SessionStore {
    private var sessions: [String: (user: SignedInUser, lastUsed: Date)] = [:]
    let lifetime: TimeInterval

    init(lifetime: TimeInterval = 8 * 3600) {
        self.lifetime = lifetime
    }

    func open(for user: SignedInUser, at now: Date) -> String {
        var generator = SystemRandomNumberGenerator()
        let token = (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
        sessions[token] = (user, now)
        return token
    }

    func user(for token: String, at now: Date) -> SignedInUser? {
        guard let session = sessions[token] else { return nil }
        guard now.timeIntervalSince(session.lastUsed) < lifetime else {
            sessions[token] = nil
            return nil
        }
        sessions[token] = (session.user, now)
        return session.user
    }

    func close(_ token: String) {
        sessions[token] = nil
    }
}
