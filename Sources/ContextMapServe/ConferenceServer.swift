import ContextMapStore
import Hummingbird
import Logging

/// The web view for conferences and partners over one case store: sign-in, a caseload, each
/// young person's pack and conference screen, the partner dashboard and the public summary.
public enum ConferenceServer {
    /// Every route, behind the security headers and the session lookup.
    public static func router(store: CaseStore, settings: ServeSettings = ServeSettings()) -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        let sessions = SessionTable()
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(sessions: sessions, store: store))
        ServeRoutes(data: LiveData(store: store, options: settings.analysisOptions), sessions: sessions,
                    limiter: SignInLimiter(), settings: settings).register(on: router)
        return router
    }

    /// The server on `host`:`port` (0 for any free port); `onRunning` is told the port.
    public static func application(store: CaseStore, settings: ServeSettings, host: String, port: Int,
                                   onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "contextmap.serve")
        logger.logLevel = .warning
        return Application(router: router(store: store, settings: settings),
                           configuration: .init(address: .hostname(host, port: port), serverName: nil),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                           logger: logger)
    }
}
