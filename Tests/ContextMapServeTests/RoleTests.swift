import ContextMapServe
import ContextMapStore
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route, for every role: what each may open, and what they are refused, is decided on
/// the server whatever the URL.
@Suite struct RoleTests {
    static let pages = ["/", "/young-people/YP01", "/young-people/YP01/conference", "/young-people/YP01/pack.html",
                        "/partners", "/partners/hotspots.csv", "/partners/hotspots.geojson", "/partners/emerging.csv",
                        "/partners/places.csv", "/partners/places.graphml", "/public", "/public/hotspots.csv"]

    /// What each signed-in person gets at each page: a status, and for a redirect, where to.
    static func expected(_ name: String, _ path: String) -> (HTTPResponse.Status, String?) {
        let youngPersonPage = path.hasPrefix("/young-people/")
        switch name {
        case "Chair One":
            return (.ok, nil)
        case "Priya Lang":
            return (.ok, nil)
        case "Pat Partner":
            if path == "/" { return (.seeOther, "/partners") }
            return youngPersonPage ? (.forbidden, nil) : (.ok, nil)
        default: // Ana Analyst
            if path == "/" { return (.seeOther, "/public") }
            return path.hasPrefix("/public") ? (.ok, nil) : (.forbidden, nil)
        }
    }

    @Test(arguments: ["Chair One", "Priya Lang", "Pat Partner", "Ana Analyst"])
    func eachRoleOpensOnlyWhatItMay(name: String) async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            try await visitor.signIn(name)
            for path in Self.pages {
                let response = try await visitor.get(path)
                let (status, location) = Self.expected(name, path)
                #expect(response.status == status, "\(name) at \(path)")
                if let location { #expect(response.location == location, "\(name) at \(path)") }
            }
        }
    }

    @Test func signedOutVisitorsAreSentToSignInFromEveryPage() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            for path in Self.pages {
                let response = try await visitor.get(path)
                #expect(response.status == .seeOther && response.location == "/sign-in", "\(path)")
            }
        }
    }

    @Test(arguments: ["Pat Partner", "Ana Analyst"])
    func aPartnerOrAnalystIsRefusedEveryYoungPersonPageWhateverTheURL(name: String) async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            try await visitor.signIn(name)
            for path in ["/young-people/YP02", "/young-people/NOPE", "/young-people/%3Cscript%3E", "/young-people/YP01%2F..%2F..",
                         "/young-people/YP01/conference", "/young-people/YP10/pack.html", "/young-people/"] {
                let response = try await visitor.get(path)
                #expect(response.status == .forbidden || response.status == .notFound, "\(name) at \(path)")
                #expect(!response.text.contains("Jayden") && !response.text.contains("Okafor"), "\(name) at \(path)")
            }
            // An existing child and a made-up one are refused alike: nothing says who exists.
            let real = try await visitor.get("/young-people/YP01"), madeUp = try await visitor.get("/young-people/YP99")
            #expect(real.status == .forbidden && madeUp.status == .forbidden)
            #expect(real.text == madeUp.text)
        }
    }

    @Test func aPractitionerSeesTheirCaseloadAndNoOneElses() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            try await visitor.signIn("Priya Lang")
            let caseload = try await visitor.get("/")
            #expect(caseload.text.contains("My caseload"))
            for id in ["YP01", "YP02", "YP09"] { #expect(caseload.text.contains("/young-people/\(id)\""), "\(id)") }
            for id in ["YP03", "YP04", "YP05", "YP10"] { #expect(!caseload.text.contains("/young-people/\(id)\""), "\(id)") }
            #expect(try await visitor.get("/young-people/YP09").status == .ok)
            #expect(try await visitor.get("/young-people/YP05").status == .forbidden)
            #expect(try await visitor.get("/young-people/YP05/pack.html").status == .forbidden)
            // Not in the store at all: refused like someone else's, not "not found".
            #expect(try await visitor.get("/young-people/YP99").status == .forbidden)
        }
    }

    @Test func aChairSeesEveryYoungPersonAndIsToldWhenOneDoesNotExist() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            try await visitor.signIn("Chair One")
            let list = try await visitor.get("/")
            for id in try served.store.dataset().youngPeople.ids { #expect(list.text.contains("/young-people/\(id)\""), "\(id)") }
            #expect(try await visitor.get("/young-people/YP99").status == .notFound)
        }
    }

    @Test func partnersAndThePublicNeverSeeAChildsNameOrId() async throws {
        let served = try ServedStore()
        let identifiers = try served.childIdentifiers()
        try await served.application().test(.router) { client in
            for name in ["Pat Partner", "Ana Analyst"] {
                var visitor = Visitor(client)
                try await visitor.signIn(name)
                for path in Self.pages where Self.expected(name, path).0 == .ok {
                    let text = try await visitor.get(path).text
                    for identifier in identifiers { #expect(!text.contains(identifier), "\(name) at \(path): \(identifier)") }
                }
            }
        }
    }

    @Test func thePublicSummaryShowsCountsFromOneToFiveAsC() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            try await visitor.signIn("Ana Analyst")
            let csv = try await visitor.get("/public/hotspots.csv").text
            let page = try await visitor.get("/public").text
            // Every hotspot in the fixture has 2 to 4 young people: all suppressed; the total
            // line (12) is shown.
            let counts = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            #expect(!counts.isEmpty)
            let header = csv.split(separator: "\n")[0].split(separator: ",")
            let column = header.firstIndex(of: "young_people")!
            for row in counts where row[2] != "total" { #expect(row[column] == "c", "\(row)") }
            #expect(counts.last?[column] == "12")
            #expect(page.contains("<bdi>c</bdi>"))
        }
    }
}
