import Hummingbird

/// A request's context: who is signed in, once the access middleware has found out.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var user: SignedInUser?
    var sessionToken: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
