import ArgumentParser
import ContextMap
import ContextMapStore
import Foundation
import Synchronization

/// Where the data is, and who is reading it: shared by every command that reads data.
///
/// Files (`--dataset`) are how data arrives; the store (`--db`, by default
/// `./contextmap.sqlite` when it exists) is where it lives. Every read of the store is
/// written to its audit trail.
struct DatasetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of CSV files or a JSON file in the data contract.", valueName: "path"))
    var dataset: String?

    @Option(name: .long, help: ArgumentHelp("The case store to read (default: ./contextmap.sqlite, when there is no --dataset).", valueName: "file"))
    var db: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is reading, for the audit trail (default: the login name).", valueName: "name"))
    var reader: String?

    static let defaultStore = "contextmap.sqlite"

    func validate() throws {
        if dataset != nil, db != nil { throw ValidationError("Give --dataset (files) or --db (the store), not both.") }
        try Self.checkAuditName(reader)
    }

    /// Refuses an `--as` that would leave the audit trail's "who" unreadable: blank, or with
    /// line breaks or other control characters that could forge an entry in its table view.
    static func checkAuditName(_ name: String?) throws {
        guard let name else { return }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--as is empty: give the name of who is doing this.") }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError("--as holds a line break or another control character: give a plain name.")
        }
    }

    /// The store this command reads, if it reads one.
    var storePath: String? {
        guard dataset == nil else { return nil }
        return db ?? Self.defaultStore
    }

    /// The name written to the audit trail.
    var who: String { reader ?? Self.loginName }

    /// The login name of the person running the command.
    static var loginName: String {
        ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? NSUserName()
    }

    /// The store at `path`, opened once per process: the read and its audit line share it.
    static func store(at path: String) throws -> CaseStore {
        try openStores.withLock { stores in
            if let store = stores[path] { return store }
            let store = try CaseStore(path: path)
            stores[path] = store
            return store
        }
    }

    private static let openStores = Mutex<[String: CaseStore]>([:])

    /// Reads the dataset; throws `DatasetError` when it is not valid.
    func read() throws -> Dataset {
        if let path = self.dataset { return try DatasetReader.read(from: path) }
        let path = storePath!
        guard FileManager.default.fileExists(atPath: path) else {
            Terminal.error("error: no data: give --dataset PATH for files, or import them first with "
                + "`contextmap import --dataset PATH` (which makes \(path)), or name a store with --db FILE.")
            throw ExitCode(1)
        }
        return try Self.store(at: path).dataset()
    }

    /// Reads the dataset, printing every problem and stopping with status 1 when it is not
    /// valid. Its warnings name young people by id: a partner or public audience is shown
    /// only how many there are.
    func load(for audience: Audience = .practitioner) throws -> Dataset {
        do {
            let dataset = try read()
            if audience == .practitioner || dataset.warnings.count == 0 {
                Terminal.warn(dataset.warnings)
            } else {
                Terminal.error("warning: the data has \(dataset.warnings.count) warning(s), not shown to a \(audience.rawValue) "
                    + "audience because they name young people (contextmap validate lists them)")
            }
            return dataset
        } catch let error as ExitCode {
            throw error
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// Writes a view of the store to its audit trail (files have none).
    func recordView(_ action: String, audience: Audience?, rows: Int, detail: String? = nil) throws {
        guard let path = storePath else { return }
        do {
            try Self.store(at: path).recordView(who: who, action: action, audience: audience?.rawValue, rows: rows, detail: detail)
        } catch {
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
    }
}
