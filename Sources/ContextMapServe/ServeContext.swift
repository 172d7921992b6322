import Hummingbird
import NIOCore

/// What every request carries besides itself: the signed-in session, when there is one
/// (set by `SessionMiddleware`), and the client's address (for limiting sign-in attempts).
public struct ServeContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    var session: Session?
    let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
