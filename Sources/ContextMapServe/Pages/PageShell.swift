/// The frame around every served page: the navigation for the signed-in role, who is signed
/// in, and the sign-out form with its form token. Styles come from /assets; nothing inline.
enum PageShell {
    static func page(title: String, session: Session?, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escaped(title)) · ContextMap</title>
        <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
        <link rel="stylesheet" href="/assets/serve.css">
        </head>
        <body>
        \(banner(session))<main>
        \(body)</main>
        </body>
        </html>

        """
    }

    /// The navigation bar; also put above the conference pack.
    static func banner(_ session: Session?) -> String {
        var out = "<nav class=\"site\" aria-label=\"ContextMap\"><span class=\"brand\">ContextMap</span>"
        guard let session else { return out + "</nav>\n" }
        out += "<ul>"
        if session.role.seesYoungPeople { out += "<li><a href=\"/\">\(session.role == .chair ? "Young people" : "My caseload")</a></li>" }
        if session.role.seesDashboard { out += "<li><a href=\"/partners\">Partner dashboard</a></li>" }
        out += "<li><a href=\"/public\">Public summary</a></li></ul>"
        out += "<form class=\"sign-out\" method=\"post\" action=\"/sign-out\">"
            + "<span>Signed in as \(HTML.text(session.user)) (\(session.role.title))</span>"
            + "<input type=\"hidden\" name=\"form_token\" value=\"\(session.formToken)\">"
            + "<button type=\"submit\">Sign out</button></form>"
        return out + "</nav>\n"
    }
}
