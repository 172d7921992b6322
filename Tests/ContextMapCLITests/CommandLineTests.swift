import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GRDB
import Testing
import TestScratch

// MARK: - Helpers

/// The package root, found from this file's path (Tests/ContextMapCLITests/CommandLineTests.swift).
private let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

private let fixtures = packageRoot.appendingPathComponent("Fixtures")
private let borough = fixtures.appendingPathComponent("fictional-borough").path
private let boroughJSON = fixtures.appendingPathComponent("fictional-borough.json").path

/// The built `contextmap` executable, which SwiftPM puts in the products folder beside the test bundle.
private let executable: URL? = {
    var folders: [URL] = []
    // Linux: the test bundle is an executable in the products folder, and Bundle.main is its folder.
    folders.append(Bundle.main.bundleURL)
    if let first = CommandLine.arguments.first {
        folders.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
    }
    folders.append(URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent())
    // macOS: the products folder holds the .xctest bundle.
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
        folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    let candidates = folders.flatMap { [$0, $0.deletingLastPathComponent()] }
        .map { $0.appendingPathComponent("contextmap") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// The pseudonym key the command-line tests use, in a folder of their own.
private let testKeyFile = ScratchFolder.path("cli-key").appendingPathComponent("pseudonym.key").path

/// Runs `contextmap` with `arguments`, returning standard output as bytes. Standard output and error
/// go to temporary files, so that neither pipe can fill up and block the child while the other is read.
private func runCapturingBytes(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> (status: Int32, stdout: Data, stderr: String) {
    let executable = try #require(executable, "the contextmap executable is not beside the test bundle")
    let folder = try ScratchFolder.make("cli")
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    // Partner views make a pseudonym key on first use: keep it out of the real home folder.
    var variables = ProcessInfo.processInfo.environment
    variables["CONTEXTMAP_KEY_FILE"] = testKeyFile
    process.environment = variables.merging(environment) { $1 }
    process.currentDirectoryURL = packageRoot
    let inputPipe = input.map { _ in Pipe() }
    process.standardInput = inputPipe ?? FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    if let inputPipe, let input {
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try inputPipe.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    try out.close()
    try err.close()

    let errData = try Data(contentsOf: errURL)
    return (process.terminationStatus, try Data(contentsOf: outURL), String(decoding: errData, as: UTF8.self))
}

/// Runs `contextmap` with `arguments` and returns its exit status and both streams as text.
private func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try runCapturingBytes(arguments, environment: environment, input: input)
    return (result.status, String(decoding: result.stdout, as: UTF8.self), result.stderr)
}

/// Parses standard output as a JSON object.
private func jsonObject(_ text: String) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? [String: Any], "not a JSON object: \(text.prefix(200))")
}

/// The bad datasets, one per folder under Fixtures/bad.
private func badDatasetNames() -> [String] {
    let bad = fixtures.appendingPathComponent("bad")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: bad.path)) ?? []
    return names.filter { name in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: bad.appendingPathComponent(name).path, isDirectory: &isFolder)
            && isFolder.boolValue
    }.sorted()
}

/// Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, LF or CRLF).
private func csvRecords(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var afterQuote = false
    var iterator = Array(text.unicodeScalars).makeIterator()
    var pending: Unicode.Scalar? = nil
    func nextScalar() -> Unicode.Scalar? {
        if let scalar = pending { pending = nil; return scalar }
        return iterator.next()
    }
    while let scalar = nextScalar() {
        if inQuotes {
            if scalar == "\"" {
                if let following = nextScalar() {
                    if following == "\"" { field.unicodeScalars.append("\"") } else { pending = following; inQuotes = false; afterQuote = true }
                } else {
                    inQuotes = false
                    afterQuote = true
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case ",":
            record.append(field); field = ""; afterQuote = false
        case "\r":
            guard nextScalar() == "\n" else { return nil }
            fallthrough
        case "\n":
            record.append(field); field = ""; afterQuote = false
            records.append(record); record = []
        case "\"":
            guard field.isEmpty, !afterQuote else { return nil }
            inQuotes = true
        default:
            guard !afterQuote else { return nil }
            field.unicodeScalars.append(scalar)
        }
    }
    guard !inQuotes else { return nil }
    if !field.isEmpty || !record.isEmpty || afterQuote {
        record.append(field)
        records.append(record)
    }
    return records
}

private let datasetFiles = [
    "young_people.csv", "contexts.csv", "links.csv", "scaling.csv",
    "peer_links.csv", "plan_actions.csv", "agreed_weighting.csv",
]

// MARK: - validate

@Suite("contextmap validate")
struct ValidateCommandTests {
    @Test("The executable is found beside the test bundle")
    func executableIsFound() {
        #expect(executable != nil)
    }

    @Test("Validating the fictional borough exits 0 and prints Valid:")
    func validFixture() throws {
        let result = try run(["validate", "--dataset", borough])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Valid:"), "stdout: \(result.stdout)")
    }

    @Test("Validating the fictional borough as JSON reports valid: true")
    func validFixtureAsJSON() throws {
        let result = try run(["validate", "--dataset", borough, "--format", "json"])
        #expect(result.status == 0)
        let json = try jsonObject(result.stdout)
        #expect(json["valid"] as? Bool == true)
    }

    @Test("A bad dataset fails validation with every expected error, in order, and nothing on standard output",
          arguments: badDatasetNames())
    func badDataset(name: String) throws {
        let folder = fixtures.appendingPathComponent("bad").appendingPathComponent(name)
        let expected = try String(contentsOf: folder.appendingPathComponent("expected-errors.txt"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        #expect(!expected.isEmpty)
        let result = try run(["validate", "--dataset", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty, "stdout: \(result.stdout)")
        let lines = result.stderr.split(whereSeparator: \.isNewline).map(String.init)
        var found = 0
        for line in lines where found < expected.count && line.hasPrefix(expected[found]) {
            found += 1
        }
        let missing = found < expected.count ? expected[found] : ""
        #expect(found == expected.count, "missing (in order) \"\(missing)\" in:\n\(result.stderr)")
    }

    @Test("A bad dataset validated as JSON reports valid: false and exits 1", arguments: badDatasetNames())
    func badDatasetAsJSON(name: String) throws {
        let folder = fixtures.appendingPathComponent("bad").appendingPathComponent(name)
        let result = try run(["validate", "--dataset", folder.path, "--format", "json"])
        #expect(result.status == 1)
        let json = try jsonObject(result.stdout)
        #expect(json["valid"] as? Bool == false)
    }

    @Test("There are bad datasets to check")
    func badDatasetsExist() {
        #expect(badDatasetNames().count >= 30)
    }

    @Test("A dataset with a byte-order mark and CRLF line ends is valid")
    func bomAndCRLF() throws {
        let result = try run(["validate", "--dataset", fixtures.appendingPathComponent("good-variants/bom-crlf").path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Valid:"))
    }

    @Test("A missing dataset path exits 1 with a message naming the path", arguments: ["validate", "weigh", "hotspots"])
    func missingDataset(command: String) throws {
        let path = ScratchFolder.path("no-such-dataset").path
        let result = try run([command, "--dataset", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(path), "stderr: \(result.stderr)")
    }
}

// MARK: - Figures

@Suite("contextmap figures on the fictional borough")
struct FigureCommandTests {
    @Test(
        "Each command's JSON has as_of and its documented list",
        arguments: [("weigh", "young_people"), ("hotspots", "hotspots"), ("clusters", "clusters"), ("plan", "young_people")]
    )
    func jsonTopLevelKeys(command: String, key: String) throws {
        let result = try run([command, "--dataset", borough, "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try jsonObject(result.stdout)
        #expect(json["as_of"] as? String == "2026-05-11")
        #expect(json[key] is [Any], "keys: \(json.keys.sorted())")
    }

    @Test("Windows of time out of the ordinary give an answer or a clear error, never a crash", arguments: [
        (["--since", "2030-01-01"], Int32(0)),
        (["--emerging", "--window", "999999999w"], Int32(0)),
        (["--emerging", "--window", "9999999999999999999w"], Int32(64)),
    ])
    func unusualWindows(options: [String], status: Int32) throws {
        let result = try run(["hotspots", "--dataset", borough, "--format", "json"] + options)
        #expect(result.status == status, "stderr: \(result.stderr)")
        if status != 0 { #expect(result.stderr.contains("is not a length")) }
    }

    @Test("--emerging has windows of its own, so --since is refused beside it")
    func emergingRefusesSince() throws {
        let result = try run(["hotspots", "--dataset", borough, "--emerging", "--since", "2026-01-01"])
        #expect(result.status == 64 && result.stderr.contains("--since does not apply"), "stderr: \(result.stderr)")
    }

    @Test("A window that starts after the latest scaling says why it holds no figures")
    func windowAfterTheLatestScaling() throws {
        let result = try run(["hotspots", "--dataset", borough, "--since", "2030-01-01", "--format", "json"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("--since 2030-01-01 is after 2026-05-11, the latest scaling date"), "stderr: \(result.stderr)")
        let until = try run(["hotspots", "--dataset", borough, "--since", "2030-01-01", "--until", "2030-12-31", "--format", "json"])
        #expect(until.stderr.contains("--since 2030-01-01 is after 2026-05-11, the latest scaling date"), "stderr: \(until.stderr)")
        let inside = try run(["hotspots", "--dataset", borough, "--since", "2026-05-11", "--format", "json"])
        #expect(inside.status == 0 && !inside.stderr.contains("no scaling is in the window"), "stderr: \(inside.stderr)")
    }

    @Test("Hotspots are C11, C12, C17, C09: the C12–C17 tie is broken by id after rounding")
    func hotspotOrder() throws {
        let result = try run(["hotspots", "--dataset", borough, "--format", "json"])
        #expect(result.status == 0)
        let hotspots = try #require(try jsonObject(result.stdout)["hotspots"] as? [[String: Any]])
        #expect(hotspots.map { $0["id"] as? String } == ["C11", "C12", "C17", "C09"])
        #expect(hotspots.map { $0["young_people"] as? Int } == [4, 3, 3, 2])
    }

    @Test("Hotspots as of 2026-03-09 are C17, C11, C12, C09, C24, C13, C18")
    func hotspotsAsOfMiddleDate() throws {
        let result = try run(["hotspots", "--dataset", borough, "--as-of", "2026-03-09", "--format", "json"])
        #expect(result.status == 0)
        let json = try jsonObject(result.stdout)
        #expect(json["as_of"] as? String == "2026-03-09")
        let hotspots = try #require(json["hotspots"] as? [[String: Any]])
        #expect(hotspots.map { $0["id"] as? String } == ["C17", "C11", "C12", "C09", "C24", "C13", "C18"])
    }

    @Test("Clusters are the five around C11, C12 and C17, then YP07–YP09, then YP06 and YP11")
    func clusterMembers() throws {
        let result = try run(["clusters", "--dataset", borough, "--format", "json", "--audience", "practitioner"])
        #expect(result.status == 0)
        let clusters = try #require(try jsonObject(result.stdout)["clusters"] as? [[String: Any]])
        #expect(clusters.map { $0["members"] as? [String] ?? [] } == [
            ["YP01", "YP02", "YP03", "YP04", "YP05"], ["YP07", "YP08", "YP09"], ["YP06", "YP11"],
        ])
    }

    @Test("partners gives exactly what hotspots and clusters give, for each audience", arguments: ["practitioner", "partner", "public"])
    func partnersJoinsHotspotsAndClusters(audience: String) throws {
        let both = try run(["partners", "--dataset", borough, "--format", "json", "--audience", audience])
        let hotspots = try run(["hotspots", "--dataset", borough, "--format", "json", "--audience", audience])
        let clusters = try run(["clusters", "--dataset", borough, "--format", "json", "--audience", audience])
        #expect(both.status == 0, "stderr: \(both.stderr)")
        let joined = try jsonObject(both.stdout)
        #expect(Set(joined.keys) == ["hotspots", "clusters"])
        let expectedHotspots = try jsonObject(hotspots.stdout) as NSDictionary
        let expectedClusters = try jsonObject(clusters.stdout) as NSDictionary
        #expect((joined["hotspots"] as? NSDictionary) == expectedHotspots)
        #expect((joined["clusters"] as? NSDictionary) == expectedClusters)
    }

    @Test("The JSON form of the dataset gives byte-identical JSON output to the CSV folder", arguments: ["hotspots", "weigh"])
    func jsonFormMatchesCSVFolder(command: String) throws {
        let fromCSV = try runCapturingBytes([command, "--dataset", borough, "--format", "json"])
        let fromJSON = try runCapturingBytes([command, "--dataset", boroughJSON, "--format", "json"])
        #expect(fromCSV.status == 0)
        #expect(fromJSON.status == 0, "stderr: \(fromJSON.stderr)")
        #expect(!fromCSV.stdout.isEmpty)
        #expect(fromCSV.stdout == fromJSON.stdout)
    }

    @Test("YP01's weighting lists C05 and C12 (tied, by id), C01, C11, then the unscaled C08 last")
    func weighingOrder() throws {
        let result = try run(["weigh", "--dataset", borough, "--young-person", "YP01", "--format", "json"])
        #expect(result.status == 0)
        let people = try #require(try jsonObject(result.stdout)["young_people"] as? [[String: Any]])
        #expect(people.map { $0["id"] as? String } == ["YP01"])
        let contexts = try #require(people.first?["contexts"] as? [[String: Any]])
        #expect(contexts.map { $0["id"] as? String } == ["C05", "C12", "C01", "C11", "C08"])
        #expect(contexts.last?["harm"] is NSNull)
    }

    @Test("The weighting table shows the young person's voice before the parent/carer's and the agencies'")
    func voiceColumnOrder() throws {
        let result = try run(["weigh", "--dataset", borough, "--young-person", "YP03", "--format", "table"])
        #expect(result.status == 0)
        let header = try #require(result.stdout.split(whereSeparator: \.isNewline).first { $0.contains("Young person") })
        let youngPerson = try #require(header.range(of: "Young person"))
        let parentCarer = try #require(header.range(of: "Parent/carer"))
        let agencies = try #require(header.range(of: "Agencies"))
        #expect(youngPerson.lowerBound < parentCarer.lowerBound)
        #expect(parentCarer.lowerBound < agencies.lowerBound)
    }

    @Test("An unknown young person is refused with a message naming the id")
    func unknownYoungPerson() throws {
        let result = try run(["weigh", "--dataset", borough, "--young-person", "NOPE"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("NOPE"), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Usage:"), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("A date that does not exist is refused", arguments: ["2026-13-01", "2026-02-30", "yesterday"])
    func badAsOf(date: String) throws {
        let result = try run(["hotspots", "--dataset", borough, "--as-of", date])
        #expect(result.status != 0)
        #expect(result.stderr.contains(date), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("--as-of") && result.stderr.contains("expected YYYY-MM-DD"), "stderr: \(result.stderr)")
    }

    @Test("CSV output parses as CSV with a header row and rows as wide as it", arguments: ["weigh", "hotspots", "clusters", "plan"])
    func csvOutput(command: String) throws {
        let result = try run([command, "--dataset", borough, "--format", "csv"])
        #expect(result.status == 0)
        let records = try #require(csvRecords(result.stdout), "not CSV:\n\(result.stdout)")
        let header = try #require(records.first)
        #expect(records.count > 1)
        #expect(!header.isEmpty)
        #expect(header.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0 == "_" } }, "header: \(header)")
        for record in records.dropFirst() {
            #expect(record.count == header.count, "record: \(record)")
        }
    }

    @Test("Weighting CSV for YP03 names YP03 in every row, its contexts in weighting order")
    func weighCSVRows() throws {
        let result = try run(["weigh", "--dataset", borough, "--young-person", "YP03", "--format", "csv"])
        let records = try #require(csvRecords(result.stdout))
        let header = try #require(records.first)
        let person = try #require(header.firstIndex(of: "young_person_id"))
        let context = try #require(header.firstIndex(of: "context_id"))
        #expect(records.dropFirst().map { $0[person] } == ["YP03", "YP03", "YP03", "YP03"])
        #expect(records.dropFirst().map { $0[context] } == ["C07", "C12", "C11", "C14"])
    }
}

// MARK: - generate

@Suite("contextmap generate")
struct GenerateCommandTests {
    private static let arguments = ["generate", "--young-people", "200", "--contexts", "40", "--seed", "7"]

    @Test("A generated dataset has the seven CSV files and is valid")
    func generatedDatasetIsValid() throws {
        let folder = try ScratchFolder.make("generate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try run(Self.arguments + ["--out", folder.path])
        #expect(generated.status == 0, "stderr: \(generated.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(Set(files).isSuperset(of: datasetFiles), "files: \(files.sorted())")
        let validated = try run(["validate", "--dataset", folder.path])
        #expect(validated.status == 0, "stderr: \(validated.stderr)")
        #expect(validated.stdout.hasPrefix("Valid: 200 young people"), "stdout: \(validated.stdout)")
    }

    @Test("The same seed gives identical files")
    func sameSeedSameFiles() throws {
        let first = try ScratchFolder.make("generate-a")
        let second = try ScratchFolder.make("generate-b")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let runA = try run(Self.arguments + ["--out", first.path])
        let runB = try run(Self.arguments + ["--out", second.path])
        #expect(runA.status == 0)
        #expect(runB.status == 0)
        for file in datasetFiles {
            let a = try Data(contentsOf: first.appendingPathComponent(file))
            let b = try Data(contentsOf: second.appendingPathComponent(file))
            #expect(!a.isEmpty, "\(file) is empty")
            #expect(a == b, "\(file) differs")
        }
    }

    @Test("A different seed gives a different dataset")
    func differentSeedDifferentFiles() throws {
        let first = try ScratchFolder.make("generate-c")
        let second = try ScratchFolder.make("generate-d")
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        #expect(try run(Self.arguments + ["--out", first.path]).status == 0)
        var other = Self.arguments
        other[other.count - 1] = "8"
        #expect(try run(other + ["--out", second.path]).status == 0)
        let a = try Data(contentsOf: first.appendingPathComponent("scaling.csv"))
        let b = try Data(contentsOf: second.appendingPathComponent("scaling.csv"))
        #expect(a != b)
    }
}

// MARK: - Maps

@Suite("contextmap map, network and render-all")
struct MapCommandTests {
    @Test("A young person's map is drawn in the format its file name asks for", arguments: [
        ("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)), ("dot", Array("graph".utf8)),
    ])
    func mapFormatFromExtension(format: String, magic: [UInt8]) throws {
        let folder = try ScratchFolder.make("map")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("YP03.\(format)")
        let result = try run(["map", "--dataset", borough, "--young-person", "YP03", "--out", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try Data(contentsOf: file)
        #expect(Array(bytes.prefix(magic.count)) == magic)
    }

    @Test("The map's text twin lists the same contexts as the weighting, with their bands")
    func mapTextTwin() throws {
        let map = try jsonObject(try run(["map", "--dataset", borough, "--young-person", "YP03", "--format", "json"]).stdout)
        let weigh = try jsonObject(try run(["weigh", "--dataset", borough, "--young-person", "YP03", "--format", "json"]).stdout)
        let mapContexts = try #require(map["contexts"] as? [[String: Any]])
        let people = try #require(weigh["young_people"] as? [[String: Any]])
        let weighContexts = try #require(people.first?["contexts"] as? [[String: Any]])
        #expect(Set(mapContexts.compactMap { $0["id"] as? String }) == Set(weighContexts.compactMap { $0["id"] as? String }))
        #expect(mapContexts.allSatisfy { ["unscaled", "lower", "concern", "significant"].contains($0["band"] as? String ?? "") })
        #expect((map["title"] as? String)?.contains("YP03") == true)
    }

    @Test("A network of a cluster draws; a cluster that does not exist is refused")
    func networkOfCluster() throws {
        let drawn = try run(["network", "--dataset", borough, "--cluster", "1", "--format", "svg"])
        #expect(drawn.status == 0 && drawn.stdout.contains("</svg>"), "\(drawn.stderr)")
        let refused = try run(["network", "--dataset", borough, "--cluster", "99"])
        #expect(refused.status != 0 && refused.stderr.contains("--cluster 99"))
    }

    @Test("render-all draws one file per young person, named by id")
    func renderAll() throws {
        let folder = try ScratchFolder.make("render-all")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["render-all", "--dataset", borough, "--out", folder.path, "--format", "svg"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 12)
        #expect(files.first == "YP01.svg")
    }

    @Test("When Graphviz's plugins are missing, the error says what to install or run")
    func missingPlugins() throws {
        let empty = try ScratchFolder.make("no-plugins")
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try run(["map", "--dataset", borough, "--young-person", "YP03", "--format", "svg"],
                             environment: ["GVBINDIR": empty.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("not recognized"))
        #expect(result.stderr.contains("apt-get install graphviz") && result.stderr.contains("dot -c"))
        #expect(result.stdout.isEmpty)
    }

    @Test("A network too large to read as a drawing is refused with what to do instead; its text twin is still written")
    func networkTooLargeToDraw() throws {
        let refused = try run(["network", "--dataset", borough, "--max-nodes", "10", "--format", "svg"])
        #expect(refused.status != 0 && refused.stderr.contains("--format graphml") && refused.stdout.isEmpty)
        #expect(try run(["network", "--dataset", borough, "--max-nodes", "10", "--format", "json"]).status == 0)
        #expect(try run(["network", "--of", "places", "--dataset", borough, "--max-nodes", "3", "--format", "png"]).status != 0)
    }

    @Test("An unknown young person's map is refused with the id named")
    func mapUnknownYoungPerson() throws {
        let result = try run(["map", "--dataset", borough, "--young-person", "YP99"])
        #expect(result.status != 0 && result.stderr.contains("YP99"))
    }
}

// MARK: - Audiences

@Suite("Partner and public views never carry a child's name, date of birth or id")
struct AudienceTests {
    /// Every young person's id, name and date of birth in the fixture, and the names of its
    /// family homes (which carry surnames).
    static let forbidden: [String] = {
        let people = fixtures.appendingPathComponent("fictional-borough/young_people.csv")
        let contexts = fixtures.appendingPathComponent("fictional-borough/contexts.csv")
        var words: [String] = []
        if let text = try? String(contentsOf: people, encoding: .utf8), let records = csvRecords(text) {
            let header = records[0]
            for record in records.dropFirst() {
                for column in ["id", "name", "date_of_birth"] {
                    if let index = header.firstIndex(of: column), index < record.count, !record[index].isEmpty {
                        words.append(record[index])
                    }
                }
            }
        }
        if let text = try? String(contentsOf: contexts, encoding: .utf8), let records = csvRecords(text) {
            for record in records.dropFirst() where record.count > 2 && record[2] == "family" { words.append(record[1]) }
        }
        return words
    }()

    static let views: [[String]] = {
        var views: [[String]] = []
        for format in ["table", "json", "csv"] {
            for audience in ["partner", "public"] {
                views.append(["hotspots", "--format", format, "--audience", audience])
                views.append(["clusters", "--format", format, "--audience", audience])
                views.append(["partners", "--format", format, "--audience", audience])
            }
            views.append(["weigh", "--format", format, "--audience", "partner"])
            views.append(["plan", "--format", format, "--audience", "partner"])
        }
        for audience in ["partner", "public"] { views.append(["hotspots", "--format", "geojson", "--audience", audience]) }
        for format in ["svg", "dot", "json", "table", "csv", "graphml"] {
            views.append(["network", "--format", format])
            views.append(["network", "--cluster", "1", "--format", format, "--audience", "partner"])
        }
        return views
    }()

    @Test("The fixture has names, ids and dates of birth to look for")
    func thereIsSomethingToLookFor() {
        #expect(Self.forbidden.count > 30)
        #expect(Self.forbidden.contains("YP01") && Self.forbidden.contains("Jayden Okafor"))
    }

    @Test("Nothing identifying appears", arguments: views)
    func nothingIdentifying(view: [String]) throws {
        let result = try run(view + ["--dataset", borough])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
        for word in Self.forbidden {
            #expect(!result.stdout.contains(word), "\(view.joined(separator: " ")) shows \(word)")
            // Nor in the warnings about the data, which name young people by id.
            #expect(!result.stderr.contains(word), "\(view.joined(separator: " ")) warns with \(word): \(result.stderr)")
        }
        #expect(result.stderr.contains("not shown to a"), "\(result.stderr)")
    }

    @Test("A partner sees the same pseudonym for a young person in every run with the same key")
    func pseudonymsAreStable() throws {
        let first = try run(["clusters", "--dataset", borough, "--format", "json"]).stdout
        let second = try run(["clusters", "--dataset", borough, "--format", "json"]).stdout
        #expect(first == second)
        #expect(first.contains("P-"))
    }

    @Test("Another key gives other pseudonyms, and the key file is readable by its owner only")
    func anotherKeyOtherPseudonyms() throws {
        let folder = try ScratchFolder.make("key")
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("other.key").path
        let mine = try run(["clusters", "--dataset", borough, "--format", "json"]).stdout
        let other = try run(["clusters", "--dataset", borough, "--format", "json", "--key-file", key]).stdout
        #expect(mine != other)
        let permissions = try FileManager.default.attributesOfItem(atPath: key)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: key)).count == 32)
        #expect(!other.contains(String(decoding: try Data(contentsOf: URL(fileURLWithPath: key)), as: UTF8.self)))
    }

    @Test("A key file others can read is refused")
    func looseKeyRefused() throws {
        let folder = try ScratchFolder.make("loose-key")
        defer { try? FileManager.default.removeItem(at: folder) }
        let key = folder.appendingPathComponent("loose.key")
        try Data(repeating: 7, count: 32).write(to: key)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key.path)
        let result = try run(["clusters", "--dataset", borough, "--key-file", key.path])
        #expect(result.status == 1 && result.stderr.contains("chmod 600"))
    }

    @Test("The public never sees young people one by one", arguments: ["weigh", "plan", "network"])
    func publicRefused(command: String) throws {
        let result = try run([command, "--dataset", borough, "--audience", "public"])
        #expect(result.status != 0 && result.stderr.contains("public"))
        #expect(result.stdout.isEmpty)
    }

    @Test("Public hotspots show counts from 1 to 5 as c")
    func publicSuppression() throws {
        let json = try jsonObject(try run(["hotspots", "--dataset", borough, "--format", "json", "--audience", "public"]).stdout)
        let hotspots = try #require(json["hotspots"] as? [[String: Any]])
        #expect(!hotspots.isEmpty)
        #expect(hotspots.allSatisfy { $0["young_people"] as? String == "c" && $0["mean_harm"] is NSNull })
    }
}

// MARK: - Exports

@Suite("Exports for the tools partners use")
struct ExportTests {
    @Test("Hotspots as GeoJSON: a FeatureCollection of Points at [longitude, latitude] with the figures as properties")
    func geoJSON() throws {
        let result = try run(["hotspots", "--dataset", borough, "--format", "geojson"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try jsonObject(result.stdout)
        #expect(json["type"] as? String == "FeatureCollection")
        let features = try #require(json["features"] as? [[String: Any]])
        #expect(!features.isEmpty)
        for feature in features {
            #expect(feature["type"] as? String == "Feature")
            let geometry = try #require(feature["geometry"] as? [String: Any])
            #expect(geometry["type"] as? String == "Point")
            let coordinates = try #require(geometry["coordinates"] as? [Double])
            #expect(coordinates.count == 2)
            #expect((-180...180).contains(coordinates[0]) && (-90...90).contains(coordinates[1]))
            // The fixture is in the north of England: longitude west of Greenwich, latitude about 54.
            #expect(coordinates[0] < 0 && coordinates[1] > 50)
            let properties = try #require(feature["properties"] as? [String: Any])
            #expect(properties["young_people"] is Int && properties["name"] is String)
        }
        let placed = features.count + (json["without_coordinates"] as? Int ?? -1)
        let hotspots = try jsonObject(try run(["hotspots", "--dataset", borough, "--format", "json"]).stdout)["hotspots"] as? [Any]
        #expect(placed == hotspots?.count)
    }

    @Test("Hot spots by area: cells with their harm, z, p and the places in them, repeatable with a seed")
    func cellSignificance() throws {
        let arguments = ["hotspots", "--dataset", borough, "--cells", "--cell", "300m", "--grid", "hexagon", "--format", "json",
                         "--permutations", "199", "--seed", "4"]
        let first = try run(arguments), second = try run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let json = try jsonObject(first.stdout)
        #expect(json["grid"] as? String == "hexagon")
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.contains { ($0["contexts"] as? [String])?.contains("C11") == true })
        #expect(cells.allSatisfy { $0["z"] is Double && $0["p"] is Double })
    }

    @Test("The place network: places only, in every format, read back by networkx as GraphML")
    func placeNetwork() throws {
        let json = try jsonObject(try run(["network", "--of", "places", "--dataset", borough, "--format", "json"]).stdout)
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.first?["first"] as? String == "C11" && edges.first?["shared_young_people"] as? Int == 3)
        let folder = try ScratchFolder.make("place-network")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("places.graphml")
        #expect(try run(["network", "--of", "places", "--dataset", borough, "--out", file.path]).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, networkx as nx; print(nx.read_graphml(sys.argv[1]).number_of_edges())", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == String(edges.count))
        let svg = try run(["network", "--of", "places", "--dataset", borough, "--format", "svg"])
        #expect(svg.status == 0 && svg.stdout.contains("</svg>"))
    }

    @Test("A network as GraphML is read by networkx, with a node per young person and context and an edge per link")
    func graphML() throws {
        let folder = try ScratchFolder.make("graphml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("cluster.graphml")
        #expect(try run(["network", "--dataset", borough, "--cluster", "1", "--out", file.path]).status == 0)
        let twin = try jsonObject(try run(["network", "--dataset", borough, "--cluster", "1", "--format", "json"]).stdout)
        let nodes = ((twin["young_people"] as? [Any])?.count ?? 0) + ((twin["contexts"] as? [Any])?.count ?? 0)
        let edges = (twin["links"] as? [Any])?.count ?? 0
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sys, networkx as nx; g = nx.read_graphml(sys.argv[1]); print(g.number_of_nodes(), g.number_of_edges())", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "networkx could not read the GraphML (is networkx installed? pip install networkx)")
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "\(nodes) \(edges)")
    }
}

// MARK: - The case store

@Suite("contextmap import, --db and audit")
struct StoreCommandTests {
    @Test("Figures read from the store equal those read from the files, and each read is audited")
    func storeFiguresEqualFileFigures() throws {
        let folder = try ScratchFolder.make("store")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        let imported = try run(["import", "--dataset", borough, "--db", db, "--as", "Data officer"])
        #expect(imported.status == 0, "\(imported.stderr)")
        for command in [["hotspots"], ["clusters", "--audience", "practitioner"], ["weigh"], ["plan"]] {
            let fromFiles = try run(command + ["--dataset", borough, "--format", "json"]).stdout
            let fromStore = try run(command + ["--db", db, "--format", "json", "--as", "Analyst"]).stdout
            #expect(fromStore == fromFiles, "\(command[0])")
        }
        let trail = try jsonObject(try run(["audit", "--db", db, "--format", "json"]).stdout)["audit"] as? [[String: Any]] ?? []
        #expect(trail.map { $0["action"] as? String } == ["import", "hotspots", "clusters", "weigh", "plan"])
        #expect(trail.first?["who"] as? String == "Data officer" && trail.last?["who"] as? String == "Analyst")
        #expect(trail[2]["audience"] as? String == "practitioner")
    }

    @Test("A bad export is not imported, and the store is unchanged", arguments: ["unknown-context-in-scaling", "unclosed-quote", "binary-junk", "nul-in-comment"])
    func badImportChangesNothing(bad: String) throws {
        let folder = try ScratchFolder.make("store-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        let before = try run(["weigh", "--db", db, "--format", "json"]).stdout
        let result = try run(["import", "--dataset", fixtures.appendingPathComponent("bad/\(bad)").path, "--db", db])
        #expect(result.status == 1 && result.stderr.contains("nothing was imported"), "\(result.stderr)")
        #expect(try run(["weigh", "--db", db, "--format", "json"]).stdout == before)
        #expect(try run(["validate", "--db", db, "--as", "Data officer"]).status == 0)
        // Validating a store lists problems that name its young people: a view, audited.
        let trail = try run(["audit", "--db", db, "--who", "Data officer", "--format", "json"])
        #expect(trail.stdout.contains("\"validate\""), "\(trail.stdout)")
    }

    /// Agreed weighting lines (header first) with `context`'s shares left out and each
    /// weighting's others scaled to sum to 100 again.
    func reweighted(_ lines: [String], without context: String) throws -> [String] {
        let rows = lines.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        var kept: [String] = [lines[0]]
        let groups = Dictionary(grouping: rows.filter { $0[2] != context }) { [$0[0], $0[1]] }
        for key in groups.keys.sorted(by: { $0.joined() < $1.joined() }) {
            let group = groups[key]!
            let total = group.reduce(0.0) { $0 + Double($1[3])! }
            var shares = group.map { (Double($0[3])! * 100 / total).rounded() }
            shares[0] += 100 - shares.reduce(0, +)
            for (row, share) in zip(group, shares) { kept.append([row[0], row[1], row[2], String(Int(share)), row[4]].joined(separator: ",")) }
        }
        return kept
    }

    @Test("remove lists what it would take, and takes it only with --yes")
    func removeIsExplicit() throws {
        let folder = try ScratchFolder.make("store-remove")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        let before = try run(["weigh", "--db", db, "--format", "json"]).stdout
        let dry = try run(["remove", "--young-person", "YP02", "--db", db])
        #expect(dry.status == 0 && dry.stdout.contains("young_people: 1 row(s)") && dry.stderr.contains("nothing was removed"))
        #expect(dry.stderr.contains("young person YP02 (Amélie Nováková)"), "\(dry.stderr)")
        #expect(try run(["weigh", "--db", db, "--format", "json"]).stdout == before)
        #expect(try run(["remove", "--young-person", "YP02", "--db", db, "--yes", "--as", "Data officer"]).status == 0)
        #expect(try !run(["weigh", "--db", db, "--format", "json"]).stdout.contains("\"YP02\""))
        for twoAtOnce in [["--young-person", "YP03", "--young-person", "YP04"], ["--young-person", "YP03", "--context", "C01"]] {
            let refused = try run(["remove"] + twoAtOnce + ["--db", db, "--yes"])
            #expect(refused.status != 0 && refused.stderr.contains("one removal at a time"), "\(refused.stderr)")
        }
        #expect(try run(["weigh", "--db", db, "--format", "json"]).stdout.contains("\"YP03\""))
        let missing = try run(["remove", "--young-person", "YP02", "--db", db, "--yes"])
        #expect(missing.status == 1 && missing.stderr.contains("holds no young person YP02"))
        let trail = try jsonObject(try run(["audit", "--db", db, "--format", "json"]).stdout)["audit"] as? [[String: Any]] ?? []
        #expect(trail.contains { $0["action"] as? String == "remove" && $0["who"] as? String == "Data officer" })
        // C11 has agreed shares: its removal is refused with how to make it possible, which then works.
        let refused = try run(["remove", "--context", "C11", "--db", db, "--yes"])
        #expect(refused.status == 1 && refused.stderr.contains("import each one named above again without it"), "\(refused.stderr)")
        let shares = folder.appendingPathComponent("shares")
        try FileManager.default.createDirectory(at: shares, withIntermediateDirectories: true)
        let agreed = try String(contentsOfFile: borough + "/agreed_weighting.csv", encoding: .utf8).split(separator: "\n").map(String.init)
        let withoutC11 = try reweighted(agreed, without: "C11")
        try Data((withoutC11.joined(separator: "\n") + "\n").utf8).write(to: shares.appendingPathComponent("agreed_weighting.csv"))
        for file in ["young_people.csv", "contexts.csv", "links.csv", "scaling.csv"] {
            try FileManager.default.copyItem(atPath: borough + "/" + file, toPath: shares.appendingPathComponent(file).path)
        }
        let reimported = try run(["import", "--dataset", shares.path, "--db", db])
        #expect(reimported.status == 0, "\(reimported.stderr)")
        let removed = try run(["remove", "--context", "C11", "--db", db, "--yes"])
        #expect(removed.status == 0, "\(removed.stderr)")
    }

    @Test("A store this user cannot write gives a clear error, and nothing changes")
    func readOnlyStore() throws {
        let folder = try ScratchFolder.make("store-read-only")
        let db = folder.appendingPathComponent("cases.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: db))
        // Root writes whatever the permissions say; an immutable file it cannot.
        let locked = geteuid() == 0 ? try tool("/usr/bin/chattr", ["+i", db]) : chmod(db, 0o444) == 0
        #expect(locked)
        defer {
            if geteuid() == 0 { _ = try? tool("/usr/bin/chattr", ["-i", db]) }
            try? FileManager.default.removeItem(at: folder)
        }
        let result = try run(["import", "--dataset", borough, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("must be writable by this user"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == before)
    }

    /// Runs a system tool; whether it succeeded.
    func tool(_ path: String, _ arguments: [String]) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test("A mistyped --db makes no store: reading commands refuse it, and a failed import leaves nothing behind")
    func mistypedStore() throws {
        let folder = try ScratchFolder.make("store-typo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("typo.sqlite").path
        for command in [["audit"], ["export", "--out", folder.appendingPathComponent("out").path],
                        ["backup", folder.appendingPathComponent("copy.sqlite").path],
                        ["map", "--young-person", "YP01", "--out", folder.appendingPathComponent("m.svg").path],
                        ["remove", "--young-person", "YP01"], ["serve", "--port", "0"]] {
            let result = try run(command + ["--db", db])
            #expect(result.status == 1, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("contextmap import --dataset"), "\(command[0]): \(result.stderr)")
        }
        let bad = try run(["import", "--dataset", fixtures.appendingPathComponent("bad/unclosed-quote").path, "--db", db])
        #expect(bad.status == 1 && bad.stderr.components(separatedBy: "nothing was imported").count == 2, "\(bad.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // An empty file given as the store is left as it was.
        #expect(FileManager.default.createFile(atPath: db, contents: nil))
        let badIntoEmpty = try run(["import", "--dataset", fixtures.appendingPathComponent("bad/unclosed-quote").path, "--db", db])
        #expect(badIntoEmpty.status == 1, "\(badIntoEmpty.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["typo.sqlite"])
        #expect(try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int == 0)
    }

    @Test("While the store is being written, it can still be read, and a view that cannot be audited shows nothing")
    func viewsAreAuditedBeforeTheyAreShown() throws {
        let folder = try ScratchFolder.make("store-busy")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        // As a long import holds it: the store open in write-ahead logging, its write lock
        // held across the commands below.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let writer = try DatabasePool(path: db, configuration: configuration)
        try writer.writeWithoutTransaction { try $0.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? writer.writeWithoutTransaction { try $0.execute(sql: "ROLLBACK") } }
        let trail = try run(["audit", "--db", db])
        #expect(trail.status == 0 && trail.stdout.contains("import"), "\(trail.stderr)")
        let view = try run(["weigh", "--db", db, "--young-person", "YP01"])
        #expect(view.status == 1 && view.stdout.isEmpty, "\(view.stdout)")
        #expect(view.stderr.contains("another contextmap command is writing"), "\(view.stderr)")
    }

    @Test("An import that replaces a review without some of its voices names them, and the rows it replaced can be read back")
    func replacedRowsAreKeptAndShown() throws {
        let folder = try ScratchFolder.make("store-replaced")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        // The police's export: its own corrected score for YP03's review of C14, nothing else.
        let partial = folder.appendingPathComponent("police")
        try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
        for file in ["young_people.csv", "contexts.csv", "links.csv"] {
            try FileManager.default.copyItem(atPath: borough + "/" + file, toPath: partial.appendingPathComponent(file).path)
        }
        try ("date,young_person_id,context_id,respondent_role,respondent,scale,score,comment\n"
            + "2026-05-11,YP03,C14,partner_agency,Police,,3,\n").write(to: partial.appendingPathComponent("scaling.csv"), atomically: true, encoding: .utf8)
        let imported = try run(["import", "--dataset", partial.path, "--db", db, "--as", "Police analyst"])
        #expect(imported.status == 0, "\(imported.stderr)")
        // Named by role: the family's names are not shown to whoever imports.
        #expect(imported.stderr.contains("the review of C14 for YP03 on 2026-05-11 was replaced without young_person, parent_carer; "
            + "the rows it held are kept (`contextmap replaced --db \(db) --young-person YP03`)"), "\(imported.stderr)")
        #expect(!imported.stderr.contains("T.R."), "\(imported.stderr)")
        #expect(imported.stderr.contains("the 3 row(s) they replaced are kept"), "\(imported.stderr)")
        let shown = try run(["replaced", "--db", db, "--young-person", "YP03", "--format", "json", "--as", "Social worker"])
        #expect(shown.status == 0, "\(shown.stderr)")
        let rows = try #require(try jsonObject(shown.stdout)["replaced"] as? [[String: Any]])
        #expect(rows.compactMap { ($0["row"] as? [String: Any])?["score"] as? String } == ["9", "5", "2"])
        #expect(rows.allSatisfy { $0["who"] as? String == "Police analyst" })
        let trail = try run(["audit", "--db", db, "--action", "replaced", "--format", "json"])
        #expect((try jsonObject(trail.stdout)["audit"] as? [[String: Any]])?.map { $0["who"] as? String } == ["Social worker"])
    }

    @Test("The audit trail answers who saw a young person's records, what one person did, and when")
    func auditFilters() throws {
        let folder = try ScratchFolder.make("store-audit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db, "--as", "Data officer"]).status == 0)
        #expect(try run(["weigh", "--db", db, "--young-person", "YP03", "--as", "Priya Lang"]).status == 0)
        #expect(try run(["weigh", "--db", db, "--young-person", "YP01", "--young-person", "YP13", "--as", "Grace Obi"]).status != 0)
        #expect(try run(["plan", "--db", db, "--young-person", "YP01", "--young-person", "YP03", "--as", "Grace Obi"]).status == 0)
        #expect(try run(["hotspots", "--db", db, "--as", "Analyst"]).status == 0)
        #expect(try run(["hotspots", "--db", db, "--emerging", "--as", "Analyst"]).status == 0)
        func trail(_ filters: [String]) throws -> [[String: Any]] {
            let result = try run(["audit", "--db", db, "--format", "json"] + filters)
            #expect(result.status == 0, "\(result.stderr)")
            return try jsonObject(result.stdout)["audit"] as? [[String: Any]] ?? []
        }
        #expect(try trail(["--young-person", "YP03"]).map { $0["who"] as? String } == ["Priya Lang", "Grace Obi"])
        #expect(try trail(["--young-person", "YP0"]).isEmpty)
        #expect(try trail(["--who", "Analyst"]).map { $0["action"] as? String } == ["hotspots", "hotspots --emerging"])
        #expect(try trail(["--action", "hotspots"]).count == 2)
        #expect(try trail(["--action", "import"]).map { $0["who"] as? String } == ["Data officer"])
        #expect(try trail(["--last", "1"]).map { $0["action"] as? String } == ["hotspots --emerging"])
        #expect(try trail(["--since", "2000-01-01", "--until", "2000-12-31"]).isEmpty)
        #expect(try trail(["--since", "2000-01-01"]).count == 5)
        for bad in [["--since", "2026-02-30"], ["--since", "2026-05-01", "--until", "2026-04-01"], ["--last", "0"]] {
            let result = try run(["audit", "--db", db] + bad)
            #expect(result.status != 0 && result.stdout.isEmpty, "\(bad)")
            #expect(result.stderr.contains(bad[0]) && result.stderr.contains(bad[1]), "\(bad): \(result.stderr)")
        }
        // A name that could forge a line of the trail, or none at all, is refused.
        for name in ["", "   ", "evil\n2026-01-01T00:00:00Z  admin  import"] {
            let result = try run(["weigh", "--db", db, "--as", name])
            #expect(result.status != 0 && result.stdout.isEmpty && result.stderr.contains("--as"), "\(result.stderr)")
        }
        #expect(try trail([]).count == 5)
    }

    @Test("Without data, a command says how to give it")
    func noData() throws {
        let folder = try ScratchFolder.make("store-none")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["hotspots", "--db", folder.appendingPathComponent("missing.sqlite").path])
        #expect(result.status == 1 && result.stderr.contains("contextmap import --dataset"))
    }
}

@Suite("contextmap export, backup, and a store that survives being killed")
struct StoreSafetyTests {
    /// Every file of a folder, by name.
    func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }

    @Test("Export gives back what was imported: exporting the re-imported export gives the same files")
    func exportRoundTrips() throws {
        let folder = try ScratchFolder.make("export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("first.sqlite").path, second = folder.appendingPathComponent("second.sqlite").path
        let out1 = folder.appendingPathComponent("out1"), out2 = folder.appendingPathComponent("out2")
        #expect(try run(["import", "--dataset", borough, "--db", first]).status == 0)
        #expect(try run(["export", "--db", first, "--out", out1.path]).status == 0)
        #expect(try run(["import", "--dataset", out1.path, "--db", second]).status == 0)
        #expect(try run(["export", "--db", second, "--out", out2.path]).status == 0)
        #expect(try files(out1) == files(out2))
        #expect(try files(out1).keys.contains("scaling.csv"))
        // The JSON form round-trips too: store → JSON → a new store → the same CSV files.
        let json = folder.appendingPathComponent("out.json").path, third = folder.appendingPathComponent("third.sqlite").path
        let out3 = folder.appendingPathComponent("out3")
        #expect(try run(["export", "--db", first, "--out", json]).status == 0)
        #expect(try run(["import", "--dataset", json, "--db", third]).status == 0)
        #expect(try run(["export", "--db", third, "--out", out3.path]).status == 0)
        #expect(try files(out3) == files(out1))
        // The export is the same data: the same figures as the fixture.
        #expect(try run(["weigh", "--dataset", out1.path, "--format", "json"]).stdout
            == run(["weigh", "--dataset", borough, "--format", "json"]).stdout)
    }

    @Test("An export never writes over or beside earlier files, so that it holds the store and nothing else")
    func exportWritesOnlyNewFiles() throws {
        let folder = try ScratchFolder.make("export-taken")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        let old = folder.appendingPathComponent("old"), json = folder.appendingPathComponent("old.json")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: old.appendingPathComponent("peer_links.csv"))
        try Data("{}".utf8).write(to: json)
        for taken in [old, json] {
            let result = try run(["export", "--db", db, "--out", taken.path])
            #expect(result.status == 1 && result.stderr.contains("an export writes a new folder or file"), "\(result.stderr)")
        }
        #expect(try files(old) == ["peer_links.csv": Data("stale".utf8)])
        #expect(try Data(contentsOf: json) == Data("{}".utf8))
    }

    /// An import keeps each field as the file wrote it; however the file was written, the
    /// store must hold the same rows.
    @Test("A file with a byte-order mark and CRLF line ends is stored as the same rows as a plain one")
    func storedRowsDoNotDependOnHowTheFileWasWritten() throws {
        let folder = try ScratchFolder.make("variants")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.sqlite").path, variant = folder.appendingPathComponent("variant.sqlite").path
        let out1 = folder.appendingPathComponent("out1"), out2 = folder.appendingPathComponent("out2")
        #expect(try run(["import", "--dataset", borough, "--db", plain]).status == 0)
        #expect(try run(["import", "--dataset", fixtures.appendingPathComponent("good-variants/bom-crlf").path, "--db", variant]).status == 0)
        #expect(try run(["export", "--db", plain, "--out", out1.path]).status == 0)
        #expect(try run(["export", "--db", variant, "--out", out2.path]).status == 0)
        #expect(try files(out1) == files(out2))
        #expect(try run(["hotspots", "--db", variant, "--format", "json"]).stdout == run(["hotspots", "--dataset", borough, "--format", "json"]).stdout)
    }

    @Test("A backup is a whole, sound copy")
    func backup() throws {
        let folder = try ScratchFolder.make("backup")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path, copy = folder.appendingPathComponent("copy.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        #expect(try run(["backup", "--db", db, copy]).status == 0)
        #expect(try run(["hotspots", "--db", copy, "--format", "json"]).stdout == run(["hotspots", "--db", db, "--format", "json"]).stdout)
        #expect(try run(["backup", "--db", db, copy]).status != 0)  // never over an existing file
        let nowhere = folder.appendingPathComponent("no-such-folder/copy.sqlite").path
        let failed = try run(["backup", "--db", db, nowhere])
        #expect(failed.status == 1 && failed.stderr.contains("could not back up the store \(db): writing the copy \(nowhere)"), "\(failed.stderr)")
    }

    /// Alone with the store, an import writes through a rollback journal; beside another
    /// connection, through the write-ahead log. Both must survive being killed.
    @Test("An import killed half-way leaves the store sound and exactly as it was", arguments: [false, true])
    func killedImport(whileTheStoreIsOpenElsewhere: Bool) throws {
        let folder = try ScratchFolder.make("killed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path
        let big = folder.appendingPathComponent("big")
        // Large enough (about 45 MB) that the import writes well before it commits.
        #expect(try run(["generate", "--young-people", "20000", "--contexts", "4000", "--seed", "5", "--out", big.path]).status == 0)
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        let before = try run(["export", "--db", db, "--out", folder.appendingPathComponent("before").path])
        #expect(before.status == 0)

        // Another connection that has read the store keeps it open until the test ends.
        let elsewhere = whileTheStoreIsOpenElsewhere ? try DatabaseQueue(path: db) : nil
        _ = try elsewhere?.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") }
        defer { try? elsewhere?.close() }

        let executable = try #require(executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["import", "--dataset", big.path, "--db", db]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let size = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        let startingSize = size(db)
        try process.run()
        // Wait until the import is writing (the write-ahead log or the file itself grows),
        // then kill it outright.
        var writing = false
        for _ in 0..<6_000 where process.isRunning {
            if size(db + "-wal") > 256 * 1024 || size(db) > startingSize + 256 * 1024 { writing = true; break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(writing, "the import finished or never wrote before it could be killed")

        let after = folder.appendingPathComponent("after")
        #expect(try run(["export", "--db", db, "--out", after.path]).status == 0)
        #expect(try files(after) == files(folder.appendingPathComponent("before")))
        #expect(try run(["validate", "--db", db]).status == 0)
        let integrity = Process()
        integrity.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        integrity.arguments = ["python3", "-c", "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])", db]
        let output = Pipe()
        integrity.standardOutput = output
        try integrity.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        integrity.waitUntilExit()
        #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
    }
}

@Suite("contextmap pack")
struct PackCommandTests {
    @Test("A pack from the store is one HTML page with the map drawn inline, and the view is audited")
    func packFromTheStore() throws {
        let folder = try ScratchFolder.make("pack")
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("cases.sqlite").path, out = folder.appendingPathComponent("pack.html").path
        #expect(try run(["import", "--dataset", borough, "--db", db]).status == 0)
        let result = try run(["pack", "--young-person", "YP01", "--db", db, "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<figure class=\"map\">\n<svg"))
        #expect(html.contains("Jayden Okafor"))
        #expect(!html.contains("<?xml") && !html.contains("<script"))
        let audit = try run(["audit", "--db", db, "--format", "csv"]).stdout
        #expect(audit.split(separator: "\n").last?.contains("pack,practitioner,1,YP01") == true)
    }

    @Test("An unknown young person is an error, and no file is written")
    func unknownYoungPerson() throws {
        let folder = try ScratchFolder.make("pack-unknown")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html").path
        let result = try run(["pack", "--young-person", "YP99", "--dataset", borough, "--out", out])
        #expect(result.status != 0)
        #expect(result.stderr.contains("YP99"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("--pdf without Chromium says what to install, after writing the HTML")
    func pdfWithoutChromium() throws {
        let folder = try ScratchFolder.make("pack-pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pack.html").path
        let result = try run(["pack", "--young-person", "YP01", "--dataset", borough, "--out", out, "--pdf"],
                             environment: ["PATH": folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("apt-get install chromium"))
        #expect(FileManager.default.fileExists(atPath: out))
    }
}

@Suite("contextmap user and serve")
struct ServeCommandTests {
    func importedStore() throws -> String {
        let store = try ScratchFolder.make("serve").appendingPathComponent("store.sqlite").path
        #expect(try run(["import", "--dataset", borough, "--db", store]).status == 0)
        return store
    }

    @Test func anAccountKeepsOnlyABcryptHashOfItsPassword() throws {
        let store = try importedStore()
        let added = try run(["user", "add", "Chair One", "--role", "chair", "--db", store], input: "a fictional password\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try run(["user", "list", "--db", store]).stdout == "Chair One\tchair\n")
        let hash = try DatabaseQueue(path: store).read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM users") }
        #expect(hash?.hasPrefix("$2b$12$") == true)
        #expect(hash?.contains("fictional") == false)
        #expect(try run(["audit", "--db", store]).stdout.contains("user add"))
    }

    @Test func aShortPasswordIsRefusedAndNothingIsSaved() throws {
        let store = try importedStore()
        let refused = try run(["user", "add", "Chair One", "--role", "chair", "--db", store], input: "short\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("at least 10 characters"))
        #expect(try run(["user", "list", "--db", store]).stdout.isEmpty)
    }

    @Test func anUnknownRoleIsRefusedWithTheChoices() throws {
        let store = try importedStore()
        let refused = try run(["user", "add", "Someone", "--role", "admin", "--db", store], input: "a fictional password\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("practitioner") && refused.stderr.contains("analyst"))
    }

    @Test func serveWithoutAStoreSaysHowToMakeOne() throws {
        let missing = try ScratchFolder.make("serve-missing").appendingPathComponent("none.sqlite").path
        let result = try run(["serve", "--db", missing, "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("contextmap import"))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func serveListensOnLoopbackAnswersAndStopsCleanlyOnSIGTERM() async throws {
        let store = try importedStore()
        let executable = try #require(executable)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--db", store, "--port", "0"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var said = ""
        while !said.contains("(Ctrl-C to stop)") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        #expect(said.contains("no one can sign in yet"))
        let address = try #require(said.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") })
        let (body, response) = try await URLSession.shared.data(from: URL(string: address + "sign-in")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("<h1>Sign in</h1>"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
