import ContextMap
import ContextMapServe
import ContextMapStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import TestScratch

/// A store made from the fictional borough with hostile text written into it, and an account
/// for each role.
struct ServedStore {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let password = "fictional password 1"
    /// A name that tries to run a script, with quotes and an ampersand.
    static let hostileName = "<script>alert('x')</script> \"Jo\" & Co"
    /// A right-to-left name.
    static let rightToLeftName = "مريم الحسن"
    /// A practitioner whose own name is hostile; YP03 is allocated to them.
    static let hostileWorker = "<b>Eve</b> & \"Co\""
    /// A hotspot's name made hostile.
    static let hostilePlace = "Millbrook <img src=x onerror=alert(1)> Park & 'Rec'"

    /// Accounts by role; the practitioner Priya Lang has YP01, YP02 and YP09 in the fixture.
    static let accounts: [(name: String, role: UserRole)] = [
        ("Priya Lang", .practitioner), ("Chair One", .chair), ("Pat Partner", .partner), ("Ana Analyst", .analyst),
        (hostileWorker, .practitioner),
    ]

    let store: CaseStore
    let folder: URL

    init(settings: ServeSettings = ServeSettings()) throws {
        folder = try ScratchFolder.make("serve")
        store = try CaseStore(path: folder.appendingPathComponent("store.sqlite").path, creatingIfMissing: true)
        var tables = try RawTableReader.read(folder: Self.fixtures.appendingPathComponent("fictional-borough").path)
        for index in tables.indices {
            let table = tables[index]
            func set(_ id: String, _ column: String, _ value: String) {
                let row = table.rows.firstIndex { $0[0] == id }!
                tables[index].rows[row][table.columns.firstIndex(of: column)!] = value
            }
            if table.file == "young_people.csv" {
                set("YP02", "name", Self.hostileName)
                set("YP04", "name", Self.rightToLeftName)
                set("YP03", "allocated_worker", Self.hostileWorker)
            }
            if table.file == "contexts.csv" { set("C11", "name", Self.hostilePlace) }
        }
        try store.importTables(tables, source: "hostile borough", who: "tester")
        for account in Self.accounts {
            // bcrypt's lowest cost: the tests check sign-in, not the hash's strength.
            try store.saveUser(UserAccount(name: account.name, role: account.role,
                                           passwordHash: Passwords.hash(Self.password, cost: 4)), who: "tester")
        }
    }

    func application(settings: ServeSettings = ServeSettings()) -> some ApplicationProtocol {
        Application(router: ConferenceServer.router(store: store, settings: settings))
    }

    /// The young people's names and ids, none of which a partner or the public may see.
    func childIdentifiers() throws -> [String] {
        let people = try store.dataset().youngPeople
        return people.ids.map { "\($0)<" } + people.ids.map { "\($0)," } + people.names.compactMap { $0 }
    }
}

/// A browser's side of the conversation: cookies kept, the form token read from pages.
struct Visitor {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    @discardableResult
    mutating func get(_ path: String) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: cookieHeader, body: nil)
        keepCookies(response)
        return response
    }

    @discardableResult
    mutating func post(_ path: String, form: [(String, String)], origin: String? = nil) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let origin { headers[.origin] = origin }
        let body = form.map { "\(Self.encoded($0.0))=\(Self.encoded($0.1))" }.joined(separator: "&")
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        keepCookies(response)
        return response
    }

    /// Signs in through the form, as a browser would.
    @discardableResult
    mutating func signIn(_ name: String, password: String = ServedStore.password) async throws -> TestResponse {
        let form = try await get("/sign-in")
        return try await post("/sign-in", form: [("name", name), ("password", password), ("form_token", Self.formToken(in: form))])
    }

    mutating func keepCookies(_ response: TestResponse) {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            cookies[name] = line.contains("Max-Age=0") ? nil : value
        }
    }

    static func formToken(in response: TestResponse) -> String {
        let page = String(buffer: response.body)
        guard let range = page.range(of: "name=\"form_token\" value=\"") else { return "" }
        return String(page[range.upperBound...].prefix(64))
    }

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}
