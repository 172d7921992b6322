import ContextMap
import ContextMapServe
import ContextMapStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What the pages show: recorded text escaped everywhere, the conference screen's order and
/// script, the figures live from the store, and every page in the audit trail.
@Suite struct PageTests {
    @Test func hostileTextIsEscapedOnEveryPageThatShowsIt() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var chair = Visitor(client)
            try await chair.signIn("Chair One")
            let pages = [try await chair.get("/").text, try await chair.get("/young-people/YP02").text,
                         try await chair.get("/young-people/YP02/conference").text, try await chair.get("/partners").text]
            for page in pages {
                #expect(!page.contains("<script>alert"))
                #expect(!page.contains("<img src=x"))
                #expect(!page.contains("<b>Eve</b>"))
                // The only scripts are files of this server.
                #expect(!page.contains("<script>"))
            }
            #expect(pages[0].contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &quot;Jo&quot; &amp; Co"))
            #expect(pages[0].contains("<bdi>\(ServedStore.rightToLeftName)</bdi>"))
            #expect(pages[3].contains("Millbrook &lt;img src=x onerror=alert(1)&gt; Park &amp; &apos;Rec&apos;"))

            var eve = Visitor(client)
            try await eve.signIn(ServedStore.hostileWorker)
            let caseload = try await eve.get("/").text
            #expect(caseload.contains("Signed in as <bdi>&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;Co&quot;</bdi>"))
            #expect(caseload.contains("/young-people/YP03\""))
        }
    }

    @Test func theConferenceScreenOpensOnTheMapWithLargeTypeAndKeyboardNavigation() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var chair = Visitor(client)
            try await chair.signIn("Chair One")
            let screen = try await chair.get("/young-people/YP01/conference").text
            #expect(screen.contains("<body class=\"conference\">"))
            #expect(screen.contains("<link rel=\"stylesheet\" href=\"/assets/conference.css\">"))
            #expect(screen.contains("<script src=\"/assets/conference.js\" defer></script>"))
            let sections = screen.components(separatedBy: "<section id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(sections == ["map", "young-person", "family", "professionals", "weighting", "changes", "plan", "shared-places"])
            #expect(screen.contains("<svg"))
            let script = try await chair.get("/assets/conference.js")
            #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
            #expect(script.text.contains("ArrowRight"))
            // The page to read keeps the agenda's order and loads no script at all.
            let page = try await chair.get("/young-people/YP01").text
            #expect(page.components(separatedBy: "<section id=\"")[1].hasPrefix("young-person"))
            #expect(!page.contains("<script"))
        }
    }

    @Test func thePackDownloadIsTheSelfContainedDocument() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var chair = Visitor(client)
            try await chair.signIn("Chair One")
            let download = try await chair.get("/young-people/YP01/pack.html")
            #expect(download.headers[.contentDisposition] == "attachment; filename=\"pack-YP01.html\"")
            #expect(download.text.contains("<style>"))
            #expect(!download.text.contains("<link") && !download.text.contains("<script"))
            #expect(!download.text.contains("Sign out"))
        }
    }

    @Test func everyPageServedOrRefusedIsInTheAuditTrail() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var chair = Visitor(client), partner = Visitor(client)
            try await chair.signIn("Chair One")
            try await chair.get("/young-people/YP01")
            try await chair.get("/partners/hotspots.csv")
            try await partner.signIn("Pat Partner")
            try await partner.get("/partners")
            try await partner.get("/young-people/YP01")
            var stranger = Visitor(client)
            try await stranger.signIn("Pat Partner", password: "wrong password")
        }
        let trail = try served.store.auditTrail().filter { $0.who != "tester" }
        let lines = trail.map { "\($0.who) | \($0.action) | \($0.audience ?? "-") | \($0.detail ?? "")" }
        #expect(lines.contains("Chair One | sign in | practitioner | chair"))
        #expect(lines.contains("Chair One | page | practitioner | GET /young-people/YP01"))
        #expect(lines.contains("Chair One | download | partner | GET /partners/hotspots.csv"))
        #expect(lines.contains("Pat Partner | page | partner | GET /partners"))
        #expect(lines.contains("Pat Partner | page refused | partner | GET /young-people/YP01 (role)"))
        #expect(lines.contains("Pat Partner | sign in refused | - | name or password not recognised"))
        #expect(trail.first { $0.action == "page" && $0.detail == "GET /young-people/YP01" }?.rows == 1)
    }

    @Test func pagesFollowTheStoreWhenAnImportLands() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var chair = Visitor(client)
            try await chair.signIn("Chair One")
            #expect(!(try await chair.get("/").text.contains("YP13")))
            var tables = try served.store.tables()
            let people = tables.firstIndex { $0.file == "young_people.csv" }!
            var row = tables[people].rows[0]
            row[0] = "YP13"
            row[1] = "Newly Referred"
            tables[people].rows = [row]
            try served.store.importTables(tables.filter { $0.file == "young_people.csv" }, source: "update", who: "tester")
            let after = try await chair.get("/").text
            #expect(after.contains("/young-people/YP13\""))
            #expect(after.contains("Newly Referred"))
        }
    }

    @Test func unknownAssetsAndPagesAreNotFound() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var chair = Visitor(client)
            #expect(try await chair.get("/assets/../../etc/passwd").status == .notFound)
            #expect(try await chair.get("/assets/nothing.js").status == .notFound)
            try await chair.signIn("Chair One")
            #expect(try await chair.get("/partners/secrets.csv").status == .notFound)
        }
    }
}
