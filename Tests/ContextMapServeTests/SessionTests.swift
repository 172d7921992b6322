import ContextMap
import ContextMapStore
import Foundation
import Synchronization
import Testing
@testable import ContextMapServe

/// Sessions end when idle or old, and failed sign-ins are forgotten once out of the window.
@Suite struct SessionTests {
    final class Clock: Sendable {
        let time = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
        func advance(_ seconds: TimeInterval) { time.withLock { $0 += seconds } }
        var now: @Sendable () -> Date { { self.time.withLock { $0 } } }
    }

    let account = UserAccount(name: "Chair One", role: .chair, passwordHash: "")

    @Test func aSessionEndsAfterItsIdleLimitButNotWhileInUse() {
        let clock = Clock()
        let table = SessionTable(idleLimit: 60, lifetime: 3600, now: clock.now)
        let session = table.open(for: account)
        clock.advance(50)
        #expect(table.session(token: session.token) != nil)
        clock.advance(50)
        #expect(table.session(token: session.token) != nil)
        clock.advance(61)
        #expect(table.session(token: session.token) == nil)
    }

    @Test func aSessionEndsAtItsLifetimeHoweverBusy() {
        let clock = Clock()
        let table = SessionTable(idleLimit: 60, lifetime: 200, now: clock.now)
        let session = table.open(for: account)
        for _ in 0..<4 {
            clock.advance(45)
            #expect(table.session(token: session.token) != nil)
        }
        clock.advance(45)
        #expect(table.session(token: session.token) == nil)
    }

    @Test func everySessionHasItsOwnUnguessableTokens() {
        let table = SessionTable()
        let a = table.open(for: account), b = table.open(for: account)
        #expect(a.token != b.token && a.formToken != b.formToken && a.token != a.formToken)
        #expect(a.token.count == 64 && a.token.allSatisfy(\.isHexDigit))
    }

    @Test func failuresOutsideTheWindowAreForgotten() {
        let clock = Clock()
        let limiter = SignInLimiter(limit: 3, window: 600, now: clock.now)
        for _ in 0..<3 { limiter.recordFailure(name: "Chair One", address: "10.0.0.1") }
        let wait = limiter.retryAfter(name: "chair one", address: "10.0.0.2")
        #expect(wait == 600)
        clock.advance(601)
        #expect(limiter.retryAfter(name: "Chair One", address: "10.0.0.1") == nil)
    }

    @Test func oneAddressGuessingManyNamesIsLimitedToo() {
        let limiter = SignInLimiter(limit: 3, window: 600)
        for number in 0..<12 { limiter.recordFailure(name: "person \(number)", address: "10.0.0.9") }
        #expect(limiter.retryAfter(name: "someone new", address: "10.0.0.9") != nil)
        #expect(limiter.retryAfter(name: "someone new", address: "10.0.0.8") == nil)
    }
}

/// What a load of the store remembers.
@Suite struct SnapshotTests {
    @Test func aValueIsMadeOnceAndKeptButNeverMoreThanTheLimit() throws {
        let snapshot = Snapshot(generation: 1, analysis: Analysis(dataset: Dataset()))
        let made = Mutex(0)
        for _ in 0..<3 { _ = snapshot.remembered("dashboard") { made.withLock { $0 += 1 } } }
        #expect(made.withLock { $0 } == 1)
        for index in 0..<(Snapshot.mostKept + 10) { _ = snapshot.remembered("pack \(index)") { index } }
        // The table is full: a new key is made every time it is asked for.
        let before = made.withLock { $0 }
        for _ in 0..<2 { _ = snapshot.remembered("one more") { made.withLock { $0 += 1 } } }
        #expect(made.withLock { $0 } == before + 2)
        #expect(snapshot.remembered("pack 0") { -1 } == 0)
    }
}

/// Links to young people keep any id in one path segment.
@Suite struct PathSegmentTests {
    @Test func reservedAndNonASCIICharactersArePercentEncodedAsUTF8() {
        #expect(HTML.pathSegment("YP01") == "YP01")
        #expect(HTML.pathSegment("a-b_c.d~e") == "a-b_c.d~e")
        #expect(HTML.pathSegment("YP 01/é%?#") == "YP%2001%2F%C3%A9%25%3F%23")
        #expect(HTML.youngPersonPath("مريم", "/conference") == "/young-people/%D9%85%D8%B1%D9%8A%D9%85/conference")
    }
}
