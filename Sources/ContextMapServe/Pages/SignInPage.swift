/// The only page shown to someone not signed in.
enum SignInPage {
    static func html(formToken: String, name: String = "", message: String? = nil) -> String {
        var body = "<h1>Sign in</h1>\n"
        body += "<p>ContextMap holds children's safeguarding records. Sign in with the name and password "
            + "your administrator gave you; what you see depends on your role.</p>\n"
        if let message { body += "<p class=\"problem\" role=\"alert\">\(HTML.escaped(message))</p>\n" }
        body += """
            <form method="post" action="/sign-in" class="sign-in">
            <input type="hidden" name="form_token" value="\(formToken)">
            <label for="name">Name</label>
            <input id="name" name="name" autocomplete="username" required value="\(HTML.escaped(name))">
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">Sign in</button>
            </form>

            """
        return PageShell.page(title: "Sign in", session: nil, body: body)
    }
}
