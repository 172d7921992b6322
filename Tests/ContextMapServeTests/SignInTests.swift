import ContextMapServe
import ContextMapStore
import Hummingbird
import HummingbirdTesting
import Testing

/// Signing in and out: cookies a script cannot read and another site cannot send, a form
/// token on every form, and guessing slowed down.
@Suite struct SignInTests {
    @Test func signingInSetsAnHttpOnlyStrictSessionCookieAndGoesToTheRolesStartPage() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            let response = try await visitor.signIn("Pat Partner")
            #expect(response.status == .seeOther)
            #expect(response.location == "/partners")
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("contextmap_session=") }
            #expect(cookie?.contains("HttpOnly") == true)
            #expect(cookie?.contains("SameSite=Strict") == true)
            #expect(cookie?.contains("Secure") == false)
        }
    }

    @Test func behindTLSTheCookiesAreSecure() async throws {
        let served = try ServedStore()
        try await served.application(settings: ServeSettings(secureCookies: true)).test(.router) { client in
            var visitor = Visitor(client)
            let response = try await visitor.signIn("Chair One")
            #expect(response.headers[values: .setCookie].allSatisfy { $0.contains("Secure") })
        }
    }

    @Test func aWrongPasswordOrAnUnknownNameIsRefusedAlike() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            let wrong = try await visitor.signIn("Chair One", password: "not the password")
            var other = Visitor(client)
            let unknown = try await other.signIn("No One")
            #expect(wrong.status == .unauthorized && unknown.status == .unauthorized)
            #expect(wrong.text.contains("do not match an account") && unknown.text.contains("do not match an account"))
            #expect(visitor.cookies["contextmap_session"] == nil)
        }
    }

    @Test func aSignInWithoutTheFormsTokenIsRefused() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            _ = try await visitor.get("/sign-in")
            let response = try await visitor.post("/sign-in", form: [("name", "Chair One"), ("password", ServedStore.password),
                                                                    ("form_token", String(repeating: "0", count: 64))])
            #expect(response.status == .forbidden)
            #expect(visitor.cookies["contextmap_session"] == nil)
        }
    }

    @Test func aSignInWithNeitherTokenNorCookieIsRefused() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            let response = try await visitor.post("/sign-in", form: [("name", "Chair One"), ("password", ServedStore.password),
                                                                    ("form_token", "")])
            #expect(response.status == .forbidden)
            #expect(visitor.cookies["contextmap_session"] == nil)
        }
    }

    @Test func aSignInPostedFromAnotherSiteIsRefused() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            let form = try await visitor.get("/sign-in")
            let response = try await visitor.post("/sign-in", form: [("name", "Chair One"), ("password", ServedStore.password),
                                                                    ("form_token", Visitor.formToken(in: form))],
                                                  origin: "https://elsewhere.example")
            #expect(response.status == .forbidden)
            #expect(visitor.cookies["contextmap_session"] == nil)
        }
    }

    @Test func afterFiveWrongPasswordsEvenTheRightOneWaits() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            for _ in 0..<5 { #expect(try await visitor.signIn("Chair One", password: "a wrong guess!").status == .unauthorized) }
            let limited = try await visitor.signIn("Chair One")
            #expect(limited.status == .tooManyRequests)
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 > 0)
            #expect(visitor.cookies["contextmap_session"] == nil)
            // Other people are not held up by someone guessing one name.
            var colleague = Visitor(client)
            #expect(try await colleague.signIn("Pat Partner").status == .seeOther)
        }
    }

    @Test func signingOutNeedsTheFormTokenAndEndsTheSession() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            try await visitor.signIn("Chair One")
            let page = try await visitor.get("/")
            let refused = try await visitor.post("/sign-out", form: [("form_token", "forged")])
            #expect(refused.status == .forbidden)
            #expect(try await visitor.get("/").status == .ok)
            let session = visitor.cookies["contextmap_session"]!
            let done = try await visitor.post("/sign-out", form: [("form_token", Visitor.formToken(in: page))])
            #expect(done.status == .seeOther && done.location == "/sign-in")
            // The old cookie, sent again, opens nothing.
            visitor.cookies["contextmap_session"] = session
            #expect(try await visitor.get("/").location == "/sign-in")
        }
    }

    @Test func removingAnAccountOrChangingItsRoleEndsItsSessions() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var chair = Visitor(client), partner = Visitor(client)
            try await chair.signIn("Chair One")
            try await partner.signIn("Pat Partner")
            try served.store.removeUser(named: "Chair One", who: "tester")
            #expect(try await chair.get("/").location == "/sign-in")
            try served.store.saveUser(UserAccount(name: "Pat Partner", role: .analyst, passwordHash: Passwords.hash("x", cost: 4)), who: "tester")
            #expect(try await partner.get("/partners").location == "/sign-in")
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let served = try ServedStore()
        try await served.application().test(.router) { client in
            var visitor = Visitor(client)
            let signIn = try await visitor.get("/sign-in")
            try await visitor.signIn("Chair One")
            for response in [signIn, try await visitor.get("/young-people/YP01/conference"), try await visitor.get("/nowhere")] {
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.cacheControl] == "no-store")
            }
        }
    }
}
