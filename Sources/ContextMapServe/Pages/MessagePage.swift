/// A page that only says something: not allowed, not found, try later.
enum MessagePage {
    static func html(title: String, message: String, session: Session?) -> String {
        var body = "<h1>\(HTML.escaped(title))</h1>\n<p>\(HTML.escaped(message))</p>\n"
        if let session { body += "<p><a href=\"\(session.role.home)\">Back to your start page</a></p>\n" }
        return PageShell.page(title: title, session: session, body: body)
    }
}
