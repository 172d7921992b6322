import ContextMap

/// The young people a person may open: a chair's whole list or a practitioner's caseload,
/// a page of them at a time, each with their pack and their conference screen.
struct CaseloadPage {
    static let pageSize = 100

    let session: Session
    let analysis: Analysis
    let people: [Int]
    let page: Int

    static func pageCount(of people: Int) -> Int { max(1, (people + pageSize - 1) / pageSize) }

    var pageCount: Int { Self.pageCount(of: people.count) }

    var shown: ArraySlice<Int> {
        let start = min(people.count, (page - 1) * Self.pageSize)
        return people[start..<min(people.count, start + Self.pageSize)]
    }

    var html: String {
        let youngPeople = analysis.dataset.youngPeople
        let title = session.role == .chair ? "Young people" : "My caseload"
        var body = "<h1>\(title)</h1>\n"
        if people.isEmpty {
            body += session.role == .chair
                ? "<p>The store holds no young people yet. Import an export with <code>contextmap import</code>.</p>\n"
                : "<p>No young person in the store has \(HTML.text(session.user)) as their allocated worker.</p>\n"
            return PageShell.page(title: title, session: session, body: body)
        }
        body += "<p>\(people.count) young \(people.count == 1 ? "person" : "people")"
            + "\(session.role == .chair ? "" : " allocated to you"). Open one's pack to read it, or its "
            + "conference screen to show on the shared screen.</p>\n"
        body += "<table>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Reference</th><th scope=\"col\">Pathway</th>"
            + "<th scope=\"col\">Allocated worker</th><th scope=\"col\">Conference</th></tr></thead>\n<tbody>\n"
        for person in shown {
            let id = youngPeople.ids[person]
            body += "<tr><td><a href=\"\(HTML.youngPersonPath(id))\">\(HTML.text(youngPeople.names[person] ?? id))</a></td>"
                + "<td>\(HTML.text(id))</td><td>\(youngPeople.pathways[person].map { HTML.escaped($0.title) } ?? "")</td>"
                + "<td>\(youngPeople.allocatedWorkers[person].map(HTML.text) ?? "")</td>"
                + "<td><a href=\"\(HTML.youngPersonPath(id, "/conference"))\">Conference screen</a></td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        if pageCount > 1 {
            body += "<nav class=\"pages\" aria-label=\"Pages\">Page \(page) of \(pageCount)"
            if page > 1 { body += " · <a href=\"/?page=\(page - 1)\">previous</a>" }
            if page < pageCount { body += " · <a href=\"/?page=\(page + 1)\">next</a>" }
            body += "</nav>\n"
        }
        return PageShell.page(title: title, session: session, body: body)
    }
}
