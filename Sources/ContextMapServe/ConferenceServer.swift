import ContextMapStore
import Hummingbird
import Logging

/// The web view for conferences and partners over one case store: sign-in, a caseload, each
/// young person's pack and conference screen, the partner dashboard and the public summary.
public enum ConferenceServer {
    /// Every route, behind the security headers and the session lookup. The store is read
    /// at the first request that needs it.
    public static func router(store: CaseStore, settings: ServeSettings = ServeSettings()) -> Router<ServeContext> {
        router(data: LiveData(store: store, options: settings.analysisOptions), settings: settings)
    }

    /// The server on `host`:`port` (0 for any free port); `onRunning` is told the port.
    /// Reads the store first, so that a store that cannot be read stops here, not at the
    /// first page.
    public static func application(store: CaseStore, settings: ServeSettings, host: String, port: Int,
                                   onRunning: @escaping @Sendable (Int) async -> Void) throws -> some ApplicationProtocol {
        let data = LiveData(store: store, options: settings.analysisOptions)
        _ = try data.snapshot()
        var logger = Logger(label: "contextmap.serve")
        logger.logLevel = .warning
        return Application(router: router(data: data, settings: settings),
                           configuration: .init(address: .hostname(host, port: port), serverName: nil),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
                           logger: logger)
    }

    /// Serves until the process is told to stop (SIGINT or SIGTERM), then finishes the
    /// requests under way.
    public static func serve(store: CaseStore, settings: ServeSettings, host: String, port: Int,
                             onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(store: store, settings: settings, host: host, port: port, onRunning: onRunning).runService()
    }

    private static func router(data: LiveData, settings: ServeSettings) -> Router<ServeContext> {
        let router = Router(context: ServeContext.self)
        let sessions = SessionTable()
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(sessions: sessions, store: data.store))
        ServeRoutes(data: data, sessions: sessions, limiter: SignInLimiter(), settings: settings).register(on: router)
        return router
    }
}
