import ContextMap
import ContextMapPack
import ContextMapStore
import Foundation
import Hummingbird

/// The routes and what each role may do on them. Every page checks the session's role here,
/// on the server, and every page served or refused is written to the store's audit trail.
struct ServeRoutes: Sendable {
    let data: LiveData
    let sessions: SessionTable
    let limiter: SignInLimiter
    let settings: ServeSettings

    typealias Handler = @Sendable (Request, ServeContext) async throws -> Response
    typealias SignedInHandler = @Sendable (Request, ServeContext, Session) async throws -> Response

    func register(on router: Router<ServeContext>) {
        router.get("/assets/{file}") { _, context in Self.asset(context) }
        router.get("/favicon.ico") { _, _ in Response(status: .movedPermanently, headers: [.location: "/assets/icon.svg"]) }
        router.get("/sign-in") { request, context in signInForm(request, context) }
        router.post("/sign-in") { request, context in try await signIn(request, context) }
        router.post("/sign-out", use: signedIn { request, context, session in try await signOut(request, context, session) })
        router.get("/", use: signedIn { request, _, session in try caseload(request, session) })
        router.get("/young-people/{id}", use: signedIn { request, context, session in
            try youngPerson(request, context, session, view: .page)
        })
        router.get("/young-people/{id}/conference", use: signedIn { request, context, session in
            try youngPerson(request, context, session, view: .conferenceScreen)
        })
        router.get("/young-people/{id}/pack.html", use: signedIn { request, context, session in
            try youngPerson(request, context, session, view: .download)
        })
        router.get("/partners", use: signedIn { request, _, session in try dashboard(request, session) })
        router.get("/partners/{file}", use: signedIn { request, context, session in try partnerDownload(request, context, session) })
        router.get("/public", use: signedIn { request, _, session in try publicSummary(request, session) })
        router.get("/public/hotspots.csv", use: signedIn { request, _, session in try publicDownload(request, session) })
    }

    // MARK: signing in and out

    static let signInCookie = "contextmap_sign_in"

    private func signInForm(_ request: Request, _ context: ServeContext) -> Response {
        if let session = context.session { return .seeOther(session.role.home) }
        return freshSignInForm(status: .ok)
    }

    /// The sign-in form with a new form token, set in a cookie too: the post must send both.
    private func freshSignInForm(status: HTTPResponse.Status, name: String = "", message: String? = nil) -> Response {
        let token = RandomToken.make()
        var response = Response.html(SignInPage.html(formToken: token, name: name, message: message), status: status)
        response.setCookie(cookie(Self.signInCookie, token, path: "/sign-in", maxAge: 3600))
        return response
    }

    private func signIn(_ request: Request, _ context: ServeContext) async throws -> Response {
        guard isSameOrigin(request), let form = try await decode(SignInForm.self, request),
              RandomToken.matches(form.form_token, request.cookies[Self.signInCookie]?.value ?? "") else {
            return freshSignInForm(status: .forbidden, message: "The sign-in form had expired. Please sign in again.")
        }
        let name = form.name.trimmingCharacters(in: .whitespaces)
        if let wait = limiter.retryAfter(name: name, address: context.clientAddress) {
            try data.store.recordView(who: name, action: "sign in refused", audience: nil, rows: 0, detail: "too many attempts")
            var response = freshSignInForm(status: .tooManyRequests, name: name,
                                           message: "Too many attempts to sign in. Please wait \(Self.minutes(wait)) and try again.")
            response.headers[.retryAfter] = String(wait)
            return response
        }
        let account = try data.store.user(named: name)
        guard Passwords.verify(form.password, against: account?.passwordHash ?? Passwords.decoyHash), let account else {
            limiter.recordFailure(name: name, address: context.clientAddress)
            try data.store.recordView(who: name, action: "sign in refused", audience: nil, rows: 0, detail: "name or password not recognised")
            return freshSignInForm(status: .unauthorized, name: name, message: "That name and password do not match an account.")
        }
        limiter.recordSuccess(name: name)
        if let old = request.cookies[SessionMiddleware.cookieName]?.value { sessions.close(token: old) }
        let session = sessions.open(for: account)
        try data.store.recordView(who: account.name, action: "sign in", audience: account.role.audience.rawValue, rows: 0,
                                  detail: account.role.rawValue)
        var response = Response.seeOther(account.role.home)
        response.setCookie(cookie(SessionMiddleware.cookieName, session.token, path: "/", maxAge: nil))
        response.setCookie(cookie(Self.signInCookie, "", path: "/sign-in", maxAge: 0))
        return response
    }

    private func signOut(_ request: Request, _ context: ServeContext, _ session: Session) async throws -> Response {
        guard isSameOrigin(request), let form = try await decode(TokenForm.self, request),
              RandomToken.matches(form.form_token, session.formToken) else {
            return try refuse(request, session, reason: "the form did not come from this site")
        }
        sessions.close(token: session.token)
        try data.store.recordView(who: session.user, action: "sign out", audience: nil, rows: 0)
        var response = Response.seeOther("/sign-in")
        response.setCookie(cookie(SessionMiddleware.cookieName, "", path: "/", maxAge: 0))
        return response
    }

    // MARK: young people

    private func caseload(_ request: Request, _ session: Session) throws -> Response {
        guard session.role.seesYoungPeople else { return .seeOther(session.role.home) }
        let snapshot = try data.snapshot()
        let people = session.caseload(in: snapshot.analysis)
        let requested = request.uri.queryParameters.get("page", as: Int.self) ?? 1
        let shown = CaseloadPage(session: session, analysis: snapshot.analysis, people: people,
                                 page: min(max(1, requested), CaseloadPage.pageCount(of: people.count)))
        try audit(request, session, rows: shown.shown.count)
        return .html(shown.html)
    }

    enum YoungPersonView { case page, conferenceScreen, download }

    private func youngPerson(_ request: Request, _ context: ServeContext, _ session: Session, view: YoungPersonView) throws -> Response {
        // The role is checked before the id is even looked at: a partner learns nothing,
        // not even whether the young person exists.
        guard session.role.seesYoungPeople else { return try refuse(request, session, reason: "role") }
        let snapshot = try data.snapshot()
        let dataset = snapshot.dataset
        guard let id = context.parameters.get("id")?.removingPercentEncoding,
              let person = dataset.youngPeople.index(of: id) else {
            return session.role == .chair ? try notFound(request, session) : try refuse(request, session, reason: "not in caseload")
        }
        guard session.mayOpen(person, in: dataset) else { return try refuse(request, session, reason: "not in caseload") }
        let pack = try snapshot.remembered("pack \(person)") {
            let svg = try snapshot.svg(named: "person \(person)", dot: { PersonMap(analysis: snapshot.analysis, youngPerson: person).dot },
                                       layout: .twopi)
            return ConferencePack(analysis: snapshot.analysis, youngPerson: person, mapSVG: svg)
        }
        try audit(request, session, rows: 1, action: view == .download ? "pack" : "page")
        switch view {
        case .download:
            return .download(DownloadFile(bytes: Array(PackPage(pack: pack).html.utf8), type: "text/html; charset=utf-8",
                                          name: "pack-\(MapFileName.forID(id)).html", rows: 1))
        case .page, .conferenceScreen:
            let screen = view == .conferenceScreen
            let parts = snapshot.remembered("pack page \(person) \(screen)") {
                PackPage(pack: pack, presentation: PackPresentation(
                    styleSheets: ["/assets/serve.css", "/assets/pack.css"] + (screen ? ["/assets/conference.css"] : []),
                    scripts: screen ? ["/assets/conference.js"] : [], isConferenceScreen: screen)).parts
            }
            var banner = PageShell.banner(session) + "<nav class=\"pack-actions\" aria-label=\"This young person\"><ul>"
            banner += screen
                ? "<li><a href=\"\(HTML.youngPersonPath(id))\">Leave the conference screen</a></li>"
                : "<li><a href=\"\(HTML.youngPersonPath(id, "/conference"))\">Conference screen</a></li>"
            banner += "<li><a href=\"\(HTML.youngPersonPath(id, "/pack.html"))\" download>Download the pack to print or keep</a></li></ul></nav>\n"
            return .html(parts.head + banner + parts.body)
        }
    }

    // MARK: partners and the public

    private func dashboard(_ request: Request, _ session: Session) throws -> Response {
        guard session.role.seesDashboard else { return try refuse(request, session, reason: "role") }
        let content = try DashboardPage.content(of: data.snapshot())
        try audit(request, session, rows: content.rows, audience: .partner)
        return .html(DashboardPage.html(content, for: session))
    }

    private func partnerDownload(_ request: Request, _ context: ServeContext, _ session: Session) throws -> Response {
        guard session.role.seesDashboard else { return try refuse(request, session, reason: "role") }
        guard let file = try DashboardPage.content(of: data.snapshot()).files[context.parameters.get("file") ?? ""] else {
            return try notFound(request, session)
        }
        try audit(request, session, rows: file.rows, audience: .partner, action: "download")
        return .download(file)
    }

    private func publicSummary(_ request: Request, _ session: Session) throws -> Response {
        let content = PublicSummaryPage.content(of: try data.snapshot())
        try audit(request, session, rows: content.rows, audience: .public)
        return .html(PublicSummaryPage.html(content, for: session))
    }

    private func publicDownload(_ request: Request, _ session: Session) throws -> Response {
        let file = PublicSummaryPage.content(of: try data.snapshot()).hotspots
        try audit(request, session, rows: file.rows, audience: .public, action: "download")
        return .download(file)
    }

    // MARK: helpers

    private static func asset(_ context: ServeContext) -> Response {
        guard let name = context.parameters.get("file"), let file = Assets.files[name] else {
            return .html(MessagePage.html(title: "Not found", message: "There is no such file.", session: nil), status: .notFound)
        }
        return Response(status: .ok, headers: [.contentType: file.type], body: .init(byteBuffer: ByteBuffer(string: file.text)))
    }

    /// Pages for signed-in people only; anyone else is sent to sign in.
    private func signedIn(_ handler: @escaping SignedInHandler) -> Handler {
        { request, context in
            guard let session = context.session else {
                return request.method == .get ? .seeOther("/sign-in") : .html(
                    MessagePage.html(title: "Signed out", message: "Please sign in again.", session: nil), status: .unauthorized)
            }
            return try await handler(request, context, session)
        }
    }

    /// Writes the page to the audit trail; a page whose view cannot be recorded is not sent.
    private func audit(_ request: Request, _ session: Session, rows: Int, audience: Audience? = nil, action: String = "page") throws {
        try data.store.recordView(who: session.user, action: action, audience: (audience ?? session.role.audience).rawValue,
                                  rows: rows, detail: "\(request.method) \(request.uri.path)")
    }

    private func refuse(_ request: Request, _ session: Session, reason: String) throws -> Response {
        try data.store.recordView(who: session.user, action: "page refused", audience: session.role.audience.rawValue, rows: 0,
                                  detail: "\(request.method) \(request.uri.path) (\(reason))")
        return .html(MessagePage.html(title: "Not allowed",
                                      message: "Your role (\(session.role.title)) does not give you this page.", session: session),
                     status: .forbidden)
    }

    private func notFound(_ request: Request, _ session: Session) throws -> Response {
        try audit(request, session, rows: 0, action: "page not found")
        return .html(MessagePage.html(title: "Not found", message: "There is no such page.", session: session), status: .notFound)
    }

    private func cookie(_ name: String, _ value: String, path: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: path, secure: settings.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// A form's post must come from a page of this server: when the browser says where it
    /// came from (Origin), that must be this host.
    private func isSameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    private func decode<Form: Decodable>(_ type: Form.Type, _ request: Request) async throws -> Form? {
        let body = try await request.body.collect(upTo: 16 * 1024)
        return try? URLEncodedFormDecoder().decode(Form.self, from: String(buffer: body))
    }

    private static func minutes(_ seconds: Int) -> String {
        seconds < 90 ? "a minute" : "\((seconds + 59) / 60) minutes"
    }
}
