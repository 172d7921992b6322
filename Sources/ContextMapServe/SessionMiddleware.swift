import ContextMapStore
import Hummingbird

/// Finds the session named by the request's cookie, if it is live, and puts it in the
/// context. A session whose account has since been removed, or given another role, ends
/// here. It decides nothing else: each route checks what the session's role may see.
struct SessionMiddleware: RouterMiddleware {
    static let cookieName = "contextmap_session"

    let sessions: SessionTable
    let store: CaseStore

    func handle(_ request: Request, context: ServeContext, next: (Request, ServeContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value {
            if let session = sessions.session(token: token) {
                if try store.user(named: session.user)?.role == session.role {
                    context.session = session
                } else {
                    sessions.close(token: token)
                }
            }
        }
        return try await next(request, context)
    }
}
