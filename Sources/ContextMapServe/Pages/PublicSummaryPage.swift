import ContextMap

/// What anyone signed in may see, and what may be published: counts only, those from 1 to 5
/// shown as "c", no young person and no cluster member.
enum PublicSummaryPage {
    struct Content: Sendable {
        let body: String
        let rows: Int
        let hotspots: DownloadFile
    }

    /// The content, made once per load of the store.
    static func content(of snapshot: Snapshot) -> Content {
        snapshot.remembered("public") { makeContent(snapshot.analysis) }
    }

    static func html(_ content: Content, for session: Session) -> String {
        PageShell.page(title: "Public summary", session: session, body: content.body)
    }

    private static func makeContent(_ analysis: Analysis) -> Content {
        let hotspots = HotspotReport(analysis: analysis, audience: .public)
        let clusters = ClusterReport(analysis: analysis, naming: nil)
        let download = DownloadFile(bytes: hotspots.rendered(as: .csv), type: "text/csv; charset=utf-8",
                                    name: "hotspots-public.csv", rows: hotspots.hotspots.count)
        var body = "<h1>Public summary</h1>\n"
        body += "<p>Counts of young people at places and groups outside the home, \(HTML.escaped(Wording.window(analysis))). "
            + "A count from 1 to 5 is shown as <strong>c</strong> so that no child can be picked out.</p>\n"
        body += "<section id=\"hotspots\">\n<h2>Hotspots</h2>\n"
        body += CSVTable.html(download.bytes, caption: "Hotspots")
        body += "<p class=\"downloads\">Download: <a href=\"/public/hotspots.csv\" download>CSV</a></p>\n</section>\n"
        body += "<section id=\"clusters\">\n<h2>Groups of young people linked to each other</h2>\n"
        body += CSVTable.html(clusters.rendered(as: .csv), caption: "Peer clusters, by size")
        body += "</section>\n"
        return Content(body: body, rows: hotspots.hotspots.count + clusters.clusters.count, hotspots: download)
    }
}
