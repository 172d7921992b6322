import Foundation
import Testing
@testable import ContextMap
import TestScratch

/// Reading scaling.csv in one piece per core must give exactly what one reader gives: the
/// same rows in the same order, the same figures, and problems named at the file's true lines.
@Suite struct PieceReadingTests {
    static let coreCounts = [2, 3, 4, 7]

    /// Generated once per seed and shared: tests that change files work on a copy.
    private static let generated = GeneratedDatasets()

    // MARK: identical datasets

    @Test(arguments: [UInt64(5), 17])
    func everyNumberOfCoresGivesTheSameDataset(_ seed: UInt64) throws {
        let folder = try Self.generated.folder(seed: seed)
        try #require(try scalingBodySize(folder) > 1 << 20, "scaling.csv must be large enough to be read in pieces")
        let one = try Snapshot(folder, cores: 1)
        #expect(one.rows > 10_000)
        #expect(one.comments.contains { $0 != nil })
        #expect(one.respondents.contains { $0 != nil })
        for cores in Self.coreCounts {
            let other = try Snapshot(folder, cores: cores)
            one.expectSame(as: other, cores: cores)
        }
    }

    /// Every bad fixture folder that reads as a dataset (binary junk and a missing file too).
    static let badFolders: [String] = {
        let bad = fixtures.appendingPathComponent("bad")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: bad.path)) ?? []
        return names.filter { $0 != "README.md" }.sorted().map { bad.appendingPathComponent($0).path }
    }()

    @Test func thereAreBadFixturesToRead() {
        #expect(Self.badFolders.count > 20)
    }

    /// Tables are read in two lanes on more than one core; the problems must come out exactly
    /// as when they are read one after another.
    @Test(arguments: badFolders)
    func everyBadFixtureGivesTheSameProblemsInTheSameOrderOnOneCoreOrTwo(_ folder: String) throws {
        let one = try errors(folder, cores: 1)
        #expect(!one.isEmpty)
        #expect(try errors(folder, cores: 2) == one)
    }

    // MARK: line numbers of errors

    @Test(arguments: [0.55, 0.99])
    func aBadScoreInALaterPieceNamesTheFilesTrueLine(_ fraction: Double) throws {
        let folder = try copyOfGeneratedDataset()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try ScalingFile(folder)
        let line = file.lineNumber(atFraction: fraction)
        file.setScore("11", onLine: line)
        try file.write()
        try #require(try scalingBodySize(folder) > 1 << 20)

        let one = try errors(folder, cores: 1)
        #expect(one.count == 1)
        #expect(one.first?.hasPrefix("scaling.csv:\(line): column score: \"11\" is not a whole number from 0 to 10") == true,
                "cores 1: \(one)")
        for cores in Self.coreCounts {
            let other = try errors(folder, cores: cores)
            #expect(other.first?.hasPrefix("scaling.csv:\(line): column score:") == true, "cores \(cores): \(other)")
            #expect(other == one, "cores \(cores)")
        }
    }

    @Test func badScoresInEveryPieceAreAllReportedInFileOrder() throws {
        let folder = try copyOfGeneratedDataset()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try ScalingFile(folder)
        let lines = [0.02, 0.3, 0.49, 0.51, 0.7, 0.98].map { file.lineNumber(atFraction: $0) }
        for (index, line) in lines.enumerated() { file.setScore(String(11 + index), onLine: line) }
        try file.write()

        let one = try errors(folder, cores: 1)
        #expect(one.map { String($0.prefix(while: { $0 != " " })) } == lines.map { "scaling.csv:\($0):" })
        for cores in Self.coreCounts {
            #expect(try errors(folder, cores: cores) == one, "cores \(cores)")
        }
    }

    // MARK: a quoted line feed where the file is cut

    /// `(pieces, cut)`: the comment goes across the `cut`-th of the `pieces - 1` places where
    /// a file read in `pieces` pieces would be cut.
    @Test(arguments: [(2, 1), (4, 3)])
    func aMultiLineCommentAcrossACutGivesWhatOneReaderGives(_ pieces: Int, _ cut: Int) throws {
        let folder = try copyOfGeneratedDataset()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try ScalingFile(folder)
        let comment = (1...60).map { "Line \($0) of the note, said \"\"fine\"\"" }.joined(separator: "\n")
        let placement = file.placeComment(comment, acrossCut: cut, of: pieces)
        let placed = try #require(placement, "no line puts the comment across the cut")
        try file.write()

        let one = try Snapshot(folder, cores: 1)
        #expect(one.comments[placed.row] == comment.replacingOccurrences(of: "\"\"", with: "\""))
        for cores in Set([pieces, 2, 7]).sorted() {
            one.expectSame(as: try Snapshot(folder, cores: cores), cores: cores)
        }

        // A bad row after the comment is still named at its true line.
        let bad = file.lineNumber(atFraction: 0.9)
        #expect(bad > placed.lastLine)
        file.setScore("-1", onLine: bad)
        try file.write()
        let oneErrors = try errors(folder, cores: 1)
        #expect(oneErrors.first?.hasPrefix("scaling.csv:\(bad): column score: \"-1\"") == true, "cores 1: \(oneErrors)")
        for cores in Set([pieces, 2, 4]).sorted() {
            let other = try errors(folder, cores: cores)
            #expect(other.first?.hasPrefix("scaling.csv:\(bad): column score:") == true, "cores \(cores): \(other)")
            #expect(other == oneErrors, "cores \(cores)")
        }
    }

    @Test(arguments: [0.6, 0.999])
    func anUnclosedQuoteInTheSecondHalfIsNamedAtTheSameLine(_ fraction: Double) throws {
        let folder = try copyOfGeneratedDataset()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try ScalingFile(folder)
        let line = file.lineNumber(atFraction: fraction)
        // No quote after it, so that the quote really never closes.
        file.removeQuotedComments(after: line)
        file.setComment("\"Left open, and never closed", onLine: line)
        try file.write()

        let one = try errors(folder, cores: 1)
        #expect(one.count == 1)
        #expect(one.first?.hasPrefix("scaling.csv:\(line): unclosed quote: field 8") == true, "cores 1: \(one)")
        for cores in Self.coreCounts {
            #expect(try errors(folder, cores: cores) == one, "cores \(cores)")
        }
    }

    // MARK: implicit links

    @Test func implicitLinksFoundInSeveralPiecesAreWarnedOnceEachInFileOrder() throws {
        let folder = try copyOfGeneratedDataset()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try ScalingFile(folder)
        // Three scaled pairs lose their links.csv row: one seen first in the first half and
        // again at the very end, one seen near the top and again in the second half, one seen
        // only in the second half.
        let (earlyLine, lateLine) = (file.lineNumber(atFraction: 0.2), file.lineNumber(atFraction: 0.7))
        let early = file.pair(onLine: earlyLine)
        let late = file.pair(onLine: lateLine)
        let lateOnly = file.pair(onLine: file.lineNumber(atFraction: 0.9))
        #expect(Set([early, late, lateOnly]).count == 3)
        file.append(copyOf: earlyLine)
        file.insert(copyOf: lateLine, before: 5)
        try file.write()
        try removeLinks([early, late, lateOnly], in: folder)

        let inFileOrder = [early, late, lateOnly].sorted { file.firstLine(of: $0) < file.firstLine(of: $1) }
        #expect(inFileOrder == [late, early, lateOnly])
        #expect(file.lines(of: early).count > 1 && file.lines(of: late).count > 1)
        let expected = inFileOrder.map { pair in
            "scaling.csv:\(file.firstLine(of: pair)): scales \(pair.context) for \(pair.youngPerson), who has no link to it; the link is added"
        }

        let one = try Snapshot(folder, cores: 1)
        #expect(one.implicitLinkWarnings == expected)
        #expect(Array(one.links.suffix(3)) == inFileOrder.map { "\($0.youngPerson) \($0.context) implicit" })
        for cores in Self.coreCounts {
            let other = try Snapshot(folder, cores: cores)
            #expect(other.implicitLinkWarnings == expected, "cores \(cores)")
            one.expectSame(as: other, cores: cores)
        }
    }

    // MARK: helpers

    /// A fresh copy of the dataset generated with seed 5, to change.
    private func copyOfGeneratedDataset() throws -> String {
        let folder = ScratchFolder.path("pieces")
        try FileManager.default.copyItem(atPath: Self.generated.folder(seed: 5), toPath: folder.path)
        return folder.path
    }

    private func scalingBodySize(_ folder: String) throws -> Int {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("scaling.csv"))
        return bytes.count - (bytes.firstIndex(of: UInt8(ascii: "\n"))! + 1)
    }

    /// The messages of the error the folder's import throws.
    private func errors(_ folder: String, cores: Int) throws -> [String] {
        let error = try #require(throws: DatasetError.self) { try DatasetReader.readFolder(folder, cores: cores) }
        return error.errors.kept.map(\.description)
    }

    private func removeLinks(_ pairs: [ScalingFile.Pair], in folder: String) throws {
        let url = URL(fileURLWithPath: folder).appendingPathComponent("links.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let drop = Set(pairs.map { "\($0.youngPerson),\($0.context)" })
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let before = lines.count
        lines.removeAll { line in drop.contains(line.split(separator: ",", maxSplits: 2).prefix(2).joined(separator: ",")) }
        #expect(before - lines.count == pairs.count, "each pair had one row in links.csv")
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
    }
}

/// Datasets of 3000 young people and 400 contexts (scaling.csv is about 5 MB), each written
/// once to a temporary folder.
private final class GeneratedDatasets: @unchecked Sendable {
    // @unchecked: `folders` is only touched while holding `lock`.
    private let lock = NSLock()
    private var folders: [UInt64: String] = [:]

    func folder(seed: UInt64) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let folder = folders[seed] { return folder }
        let folder = ScratchFolder.path("pieces-seed\(seed)")
        try DatasetGenerator(youngPeople: 3000, contexts: 400, seed: seed).write(to: folder)
        folders[seed] = folder.path
        return folder.path
    }
}

/// Everything a reader produced that the number of pieces must not change.
private struct Snapshot {
    var weighting: String
    var hotspots: String
    var clusters: String
    var plans: String
    var rows: Int
    var dates: [Day]
    var scores: [UInt8]
    var roles: [RespondentRole]
    var scales: [Scale]
    var rowLinks: [Int32]
    var respondents: [String?]
    var comments: [String?]
    var links: [String]
    var warnings: [String]

    init(_ folder: String, cores: Int) throws {
        let dataset = try DatasetReader.readFolder(folder, cores: cores)
        let analysis = Analysis(dataset: dataset)
        let everyone = analysis.youngPeopleInIDOrder
        weighting = WeightingReport(analysis: analysis, youngPeople: everyone).text(as: .json)
        hotspots = HotspotReport(analysis: analysis).text(as: .json)
        clusters = ClusterReport(analysis: analysis).text(as: .json)
        plans = PlanReport(analysis: analysis, youngPeople: everyone).text(as: .json)
        let scaling = dataset.scaling
        rows = scaling.count
        dates = scaling.dates
        scores = scaling.scores
        roles = scaling.roles
        scales = scaling.scales
        rowLinks = scaling.link
        respondents = scaling.indices.map(scaling.respondentName(at:))
        comments = scaling.indices.map(scaling.commentText(at:))
        let links = dataset.links
        self.links = links.indices.map { link in
            "\(dataset.youngPeople.ids[Int(links.youngPerson[link])]) \(dataset.contexts.ids[Int(links.context[link])])"
                + (links.isImplicit[link] ? " implicit" : " \(links.relationships[link] ?? "-") \(links.since[link]?.description ?? "-")")
        }
        warnings = dataset.warnings.kept.map(\.description)
    }

    var implicitLinkWarnings: [String] { warnings.filter { $0.contains("who has no link to it") } }

    /// Expects every part to be equal, naming the part that is not and where it first differs.
    func expectSame(as other: Snapshot, cores: Int) {
        func check<T: Equatable>(_ part: String, _ mine: [T], _ theirs: [T], sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(Self.firstDifference(mine, theirs) == nil, "cores \(cores): \(part)", sourceLocation: sourceLocation)
        }
        func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }
        #expect(other.rows == rows, "cores \(cores): row count")
        check("dates", dates, other.dates)
        check("scores", scores, other.scores)
        check("roles", roles, other.roles)
        check("scales", scales, other.scales)
        check("the link of each row", rowLinks, other.rowLinks)
        check("respondents", respondents, other.respondents)
        check("comments", comments, other.comments)
        check("links", links, other.links)
        check("warnings", warnings, other.warnings)
        check("weighting", lines(weighting), lines(other.weighting))
        check("hotspots", lines(hotspots), lines(other.hotspots))
        check("clusters", lines(clusters), lines(other.clusters))
        check("plans", lines(plans), lines(other.plans))
    }

    /// Where two arrays first differ, shortly, or `nil` when they are equal.
    static func firstDifference<T: Equatable>(_ expected: [T], _ actual: [T]) -> String? {
        if let index = (0..<min(expected.count, actual.count)).first(where: { expected[$0] != actual[$0] }) {
            return "at \(index): expected \(expected[index]), got \(actual[index])"
        }
        return expected.count == actual.count ? nil : "\(expected.count) elements expected, got \(actual.count)"
    }
}

/// A generated scaling.csv as records (each one physical line until a test adds a multi-line
/// comment), to be changed and written back.
private struct ScalingFile {
    struct Pair: Hashable {
        var youngPerson: String
        var context: String
    }

    let url: URL
    let header: String
    /// The records after the header, without their line feeds.
    private(set) var records: [String]
    /// The one record holding line feeds (a multi-line comment), and how many.
    private var multiLine: (record: Int, lineFeeds: Int)?
    let scoreColumn: Int
    let commentColumn: Int

    init(_ folder: String) throws {
        url = URL(fileURLWithPath: folder).appendingPathComponent("scaling.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        header = lines.removeFirst()
        records = lines
        let columns = header.split(separator: ",").map(String.init)
        try #require(Array(columns.prefix(3)) == ["date", "young_person_id", "context_id"])
        scoreColumn = try #require(columns.firstIndex(of: "score"))
        commentColumn = try #require(columns.firstIndex(of: "comment"))
        try #require(commentColumn == columns.count - 1, "the comment is the last column, the only one with commas")
        try #require(!records.contains { $0.contains("\r") })
    }

    var text: String { ([header] + records).joined(separator: "\n") + "\n" }

    func write() throws {
        try Data(text.utf8).write(to: url)
    }

    /// The physical line a record starts on (the header is line 1).
    func startLine(_ index: Int) -> Int {
        guard let multiLine, index > multiLine.record else { return index + 2 }
        return index + 2 + multiLine.lineFeeds
    }

    /// The line the record that far through the records starts on.
    func lineNumber(atFraction fraction: Double) -> Int {
        startLine(recordIndex(atFraction: fraction))
    }

    private func recordIndex(atFraction fraction: Double) -> Int {
        min(records.count - 1, Int(Double(records.count) * fraction))
    }

    private func recordIndex(ofLine line: Int) -> Int {
        var index = line - 2
        if let multiLine, index > multiLine.record { index -= multiLine.lineFeeds }
        precondition(startLine(index) == line, "no record starts on line \(line)")
        return index
    }

    private func fields(_ index: Int) -> [String] {
        records[index].split(separator: ",", maxSplits: commentColumn, omittingEmptySubsequences: false).map(String.init)
    }

    private mutating func setField(_ column: Int, to value: String, record index: Int) {
        var cells = fields(index)
        cells[column] = value
        records[index] = cells.joined(separator: ",")
    }

    mutating func setScore(_ score: String, onLine line: Int) {
        setField(scoreColumn, to: score, record: recordIndex(ofLine: line))
    }

    /// Writes `comment` as is (quote it first if it needs quotes).
    mutating func setComment(_ comment: String, onLine line: Int) {
        setField(commentColumn, to: comment, record: recordIndex(ofLine: line))
    }

    /// Empties every quoted comment of the records after `line`.
    mutating func removeQuotedComments(after line: Int) {
        for index in (recordIndex(ofLine: line) + 1)..<records.count where records[index].contains("\"") {
            setField(commentColumn, to: "", record: index)
            #expect(!records[index].contains("\""))
        }
    }

    func pair(onLine line: Int) -> Pair {
        let cells = records[recordIndex(ofLine: line)].split(separator: ",", omittingEmptySubsequences: false)
        return Pair(youngPerson: String(cells[1]), context: String(cells[2]))
    }

    /// The lines of the records that scale `pair`, in file order.
    func lines(of pair: Pair) -> [Int] {
        let prefix = ",\(pair.youngPerson),\(pair.context),"
        return records.indices.filter { records[$0].contains(prefix) }.map(startLine)
    }

    func firstLine(of pair: Pair) -> Int { lines(of: pair)[0] }

    mutating func append(copyOf line: Int) {
        records.append(records[recordIndex(ofLine: line)])
    }

    mutating func insert(copyOf line: Int, before index: Int) {
        precondition(multiLine == nil)
        records.insert(records[recordIndex(ofLine: line)], at: index)
    }

    /// Puts `comment` (quoted here) on a record chosen so that the place where a reader in
    /// `pieces` pieces cuts the file for the `cut`-th time falls inside it, after a line
    /// feed of the comment. Returns the record's index and the last line of the comment.
    mutating func placeComment(_ comment: String, acrossCut cut: Int, of pieces: Int) -> (row: Int, lastLine: Int)? {
        precondition(multiLine == nil)
        let original = records
        let headerSize = header.utf8.count + 1
        var bodySize = 0
        var recordStart: [Int] = []
        for record in records {
            recordStart.append(bodySize)
            bodySize += record.utf8.count + 1
        }
        let guess = bodySize / pieces * cut
        let near = (recordStart.lastIndex { $0 <= guess } ?? 0)
        for index in stride(from: near, to: max(0, near - 200), by: -1) {
            records = original
            setField(commentColumn, to: "\"\(comment)\"", record: index)
            let bytes = Array(text.utf8)
            // Where CSVChunker cuts: a fixed fraction of the body, moved on past a line feed.
            let body = bytes.count - headerSize
            var at = headerSize + body / pieces * cut
            while at < bytes.count, bytes[at - 1] != UInt8(ascii: "\n") { at += 1 }
            let start = headerSize + recordStart[index]
            let opening = start + fields(index).dropLast().reduce(0) { $0 + $1.utf8.count + 1 }
            let closing = opening + comment.utf8.count + 1
            guard bytes[opening] == UInt8(ascii: "\""), bytes[closing] == UInt8(ascii: "\"") else { return nil }
            if at > opening, at <= closing {
                let lineFeeds = comment.utf8.count(where: { $0 == UInt8(ascii: "\n") })
                multiLine = (index, lineFeeds)
                return (index, startLine(index) + lineFeeds)
            }
        }
        records = original
        return nil
    }
}
