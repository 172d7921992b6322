import ContextMap

/// What anyone signed in may see, and what may be published: counts only, those from 1 to 5
/// shown as "c", no young person and no cluster member.
struct PublicSummaryPage {
    let session: Session
    let analysis: Analysis

    var hotspots: HotspotReport { HotspotReport(analysis: analysis, audience: .public) }
    var clusters: ClusterReport { ClusterReport(analysis: analysis, naming: nil) }

    func html() -> (html: String, rows: Int) {
        let hotspots = self.hotspots, clusters = self.clusters
        var body = "<h1>Public summary</h1>\n"
        body += "<p>Counts of young people at places and groups outside the home, \(HTML.escaped(Wording.window(analysis))). "
            + "A count from 1 to 5 is shown as <strong>c</strong> so that no child can be picked out.</p>\n"
        body += "<section id=\"hotspots\">\n<h2>Hotspots</h2>\n"
        body += CSVTable.html(hotspots.rendered(as: .csv), caption: "Hotspots")
        body += "<p class=\"downloads\">Download: <a href=\"/public/hotspots.csv\" download>CSV</a></p>\n</section>\n"
        body += "<section id=\"clusters\">\n<h2>Groups of young people linked to each other</h2>\n"
        body += CSVTable.html(clusters.rendered(as: .csv), caption: "Peer clusters, by size")
        body += "</section>\n"
        return (PageShell.page(title: "Public summary", session: session, body: body), hotspots.hotspots.count + clusters.clusters.count)
    }
}
