import HTTPTypes
import Hummingbird

/// Headers on every response: nothing inline may run, nothing is fetched from elsewhere, no
/// other site may frame a page, no address (they hold young people's ids) is sent to another
/// site, and no page of children's records is kept in a cache. (`same-origin`, not `no-referrer`:
/// with no referrer at all, browsers send `Origin: null` on forms, which the origin check refuses.)
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ServeContext

    static var contentSecurityPolicy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    }

    private static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    private static let frameOptions = HTTPField.Name("X-Frame-Options")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.referrerPolicy] = "same-origin"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
