import ContextMap
import ContextMapPack

/// What community safety partners meet over: places and groups, never children. Hotspots
/// and emerging hotspots at partner level, and the places joined through the young people
/// they share, drawn when small enough to read; every table has its download.
struct DashboardPage {
    /// The emerging hotspots compare the latest 90 days with the 90 before.
    static let emergingDays = 90
    /// A place network with more places than this is listed, not drawn.
    static let mostPlacesDrawn = 150

    /// The page's body (the same for every partner), what it shows, and its downloads by name.
    struct Content: Sendable {
        let body: String
        let rows: Int
        let files: [String: DownloadFile]
    }

    let snapshot: Snapshot

    /// The content, made once per load of the store.
    static func content(of snapshot: Snapshot) throws -> Content {
        try snapshot.remembered("dashboard") { try DashboardPage(snapshot: snapshot).makeContent() }
    }

    static func html(_ content: Content, for session: Session) -> String {
        PageShell.page(title: "Partner dashboard", session: session, body: content.body)
    }

    private func makeContent() throws -> Content {
        let analysis = snapshot.analysis
        let hotspots = HotspotReport(analysis: analysis, audience: .partner)
        let emerging = EmergingHotspotReport(analysis: analysis, days: Self.emergingDays, audience: .partner)
        let network = PlaceNetworkReport(analysis: analysis, hubLimit: 500)
        let csv = "text/csv; charset=utf-8"
        let files: [String: DownloadFile] = [
            "hotspots.csv": DownloadFile(bytes: hotspots.rendered(as: .csv), type: csv, name: "hotspots.csv", rows: hotspots.hotspots.count),
            "hotspots.geojson": DownloadFile(bytes: HotspotGeoJSON(report: hotspots).bytes, type: "application/geo+json",
                                             name: "hotspots.geojson", rows: hotspots.hotspots.count),
            "emerging.csv": DownloadFile(bytes: emerging.rendered(as: .csv), type: csv, name: "emerging-hotspots.csv",
                                         rows: emerging.emerging.count),
            "places.csv": DownloadFile(bytes: network.rendered(as: .csv), type: csv, name: "place-network.csv",
                                       rows: network.network.edges.count),
            "places.graphml": DownloadFile(bytes: Array(network.graphML.utf8), type: "application/graphml+xml",
                                           name: "place-network.graphml", rows: network.network.edges.count),
        ]
        var body = "<h1>Partner dashboard</h1>\n"
        body += "<p>Places and groups outside the home that recur across young people's cases, "
            + "\(HTML.escaped(Wording.window(analysis))). No child is named here: act on the place.</p>\n"
        body += "<section id=\"hotspots\">\n<h2>Hotspots</h2>\n"
        body += CSVTable.html(files["hotspots.csv"]!.bytes, caption: "Hotspots, most harm first")
        body += "<p class=\"downloads\">Download: <a href=\"/partners/hotspots.csv\" download>CSV</a> · "
            + "<a href=\"/partners/hotspots.geojson\" download>GeoJSON (for QGIS)</a></p>\n</section>\n"
        body += "<section id=\"emerging\">\n<h2>Emerging: where harm is rising</h2>\n"
        body += "<p>Young people with harm of concern at each place in the latest \(Self.emergingDays) days, "
            + "beside the \(Self.emergingDays) days before.</p>\n"
        body += CSVTable.html(files["emerging.csv"]!.bytes, caption: "Emerging hotspots")
        body += "<p class=\"downloads\">Download: <a href=\"/partners/emerging.csv\" download>CSV</a></p>\n</section>\n"
        body += "<section id=\"network\">\n<h2>Places joined through the young people they share</h2>\n"
        body += try networkFigure(network)
        body += CSVTable.html(files["places.csv"]!.bytes, caption: "Pairs of places", limit: 20)
        body += "<p class=\"downloads\">Download: <a href=\"/partners/places.csv\" download>CSV</a> · "
            + "<a href=\"/partners/places.graphml\" download>GraphML (for Gephi)</a></p>\n</section>\n"
        let rows = hotspots.hotspots.count + emerging.emerging.count + network.network.edges.count
        return Content(body: body, rows: rows, files: files)
    }

    private func networkFigure(_ network: PlaceNetworkReport) throws -> String {
        let places = network.network.places.count
        guard places > 0 else { return "<p>No two places share a young person yet.</p>\n" }
        guard places <= Self.mostPlacesDrawn else {
            return "<p>\(places) places are joined: too many to draw legibly here. The strongest pairs are below; "
                + "the GraphML download opens in Gephi.</p>\n"
        }
        let svg = try snapshot.svg(named: "place-network", dot: { network.dot }, layout: .neato)
        return "<figure class=\"map\">\(PackPage.inline(svg: svg))<figcaption>Each line joins two places that share young people; "
            + "the wider the line, the more they share.</figcaption></figure>\n"
    }
}
