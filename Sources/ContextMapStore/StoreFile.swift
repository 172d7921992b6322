import Foundation
import GRDB

/// What is at a store's path before it is opened: nothing, an empty file, a folder, a
/// ContextMap store, or another program's database.
///
/// Opening a file as a store writes to it (write-ahead logging, the schema's tables), so
/// whatever is not a store, or not there, is refused first, from a read-only look.
struct StoreFile {
    let path: String

    /// Whether the path holds a file with nothing in it, which SQLite takes for a new store
    /// (a missing file counts too: this is asked only of a path that exists).
    var isEmptyFile: Bool {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) == 0
    }

    /// - Throws: `StoreError` with what is there instead of a store, and what to do.
    func checkBeforeOpening(creatingIfMissing: Bool) throws(StoreError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            if creatingIfMissing { return }
            throw refusal("there is no store there",
                          advice: "import data first with `contextmap import --dataset PATH --db \(path)`, or give --db the path of an existing store")
        }
        if isFolder.boolValue {
            throw refusal("it is a folder, not a store file", advice: "give --db the store's file, such as \(path)/contextmap.sqlite")
        }
        if isEmptyFile {
            if creatingIfMissing { return }
            throw refusal("the file is empty: it holds no store",
                          advice: "import data first with `contextmap import --dataset PATH --db \(path)`, or give --db the path of an existing store")
        }
        guard !isAnotherProgramsDatabase() else {
            throw refusal("it is a database of another program, not a ContextMap store; it has been left as it was",
                          advice: "give --db a ContextMap store, or a new file name to import into")
        }
    }

    /// Whether the file holds tables but not the migrations of a ContextMap store. What
    /// cannot be read here (not a database, a lock, a crashed import's journal to roll back)
    /// is left to the opening, which reports or repairs it.
    private func isAnotherProgramsDatabase() -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            return try queue.read { db in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                guard !tables.isEmpty else { return false }
                guard tables.contains("grdb_migrations") else { return true }
                return try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)",
                                          arguments: [StoreSchema.firstMigration])!
            }
        } catch {
            return false
        }
    }

    private func refusal(_ reason: String, advice: String) -> StoreError {
        StoreError(path: path, operation: "open", reason: reason, advice: advice)
    }
}
