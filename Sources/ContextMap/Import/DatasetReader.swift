import ContextMapCSV
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a dataset in the contract's form: a folder of CSV files or one JSON document.
public enum DatasetReader {
    /// Reads and checks every row of the dataset at `path`.
    /// - Throws: `DatasetError` with every problem found (file, line, column, value, what
    ///   was expected); nothing of a dataset with an error is returned.
    public static func read(from path: String) throws(DatasetError) -> Dataset {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw DatasetError(DatasetIssue(file: path, problem: "not found; expected a folder of CSV files or a JSON file"))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            return try readFolder(path)
        }
        return try readJSON(path)
    }

    /// Reads a folder holding `young_people.csv`, `contexts.csv` and the other files.
    /// - Parameter cores: how many pieces the largest file is read in at the same time.
    public static func readFolder(_ folder: String, cores: Int = ProcessInfo.processInfo.activeProcessorCount) throws(DatasetError) -> Dataset {
        let assembler = assemble(cores: cores) { schema, assembler in
            let path = folder.hasSuffix("/") ? folder + schema.file : folder + "/" + schema.file
            guard access(path, F_OK) == 0 else {
                assembler.missing(schema, file: schema.file, expectedAt: "a file \(schema.file)")
                return
            }
            do throws(FileError) {
                let file = try MappedFile(path: path)
                file.withUnsafeBytes { bytes in
                    if schema.file == TableSchema.scaling.file {
                        assembler.readScaling(csv: bytes, file: schema.file, cores: cores)
                    } else {
                        var reader = CSVReader(bytes)
                        assembler.read(schema, file: schema.file, from: &reader)
                    }
                }
            } catch {
                assembler.missing(schema, file: schema.file, expectedAt: "a readable file \(schema.file) (\(error.reason))")
            }
        }
        return try assembler.finish()
    }

    /// Reads tables kept elsewhere (the store), checked by exactly the same code as files.
    /// - Parameters:
    ///   - source: how problems name where the rows came from, e.g. `contextmap.sqlite`.
    ///   - cores: how many pieces the scaling table is read in at the same time.
    /// - Throws: `DatasetError` when the rows are not a valid dataset, or what `tables` threw.
    public static func read(from tables: some TableSource, source: String,
                            cores: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Dataset {
        let assembler = try assemble(cores: cores) { schema, assembler in
            let file = "\(source) (\(schema.jsonKey))"
            let found: Bool
            if schema.file == TableSchema.scaling.file, try assembler.readCompactScaling(from: tables, file: file, lanes: cores) {
                found = true
            } else if schema.file == TableSchema.scaling.file, cores > 1 {
                found = try assembler.readScaling(from: tables, file: file, pieces: cores)
            } else {
                found = try tables.withRows(of: schema.file, piece: 0, of: 1) { rows in
                    assembler.read(schema, file: file, from: &rows)
                } != nil
            }
            if !found { assembler.missing(schema, file: file, expectedAt: "the table \(schema.jsonKey)") }
        }
        return try assembler.finish()
    }

    /// Reads every table with `read`, in contract order on one core. On more, in two lanes:
    /// young people beside contexts; then links and scaling, which take most of the time,
    /// beside the tables that refer only to young people and contexts.
    private static func assemble<Failure: Error>(
        cores: Int, _ read: (TableSchema, DatasetAssembler) throws(Failure) -> Void
    ) throws(Failure) -> DatasetAssembler {
        let assembler = DatasetAssembler()
        guard cores > 1 else {
            for schema in TableSchema.all { try read(schema, assembler) }
            return assembler
        }
        let contexts = DatasetAssembler()
        try inTwoLanes({ () throws(Failure) in try read(.youngPeople, assembler) },
                       beside: { () throws(Failure) in try read(.contexts, contexts) })
        assembler.adoptContexts(from: contexts)

        let largest: [TableSchema] = [.links, .scaling]
        let rest = TableSchema.all.filter { schema in
            ![TableSchema.youngPeople, .contexts, .links, .scaling].contains { $0.file == schema.file }
        }
        let others = assembler.companion()
        try inTwoLanes({ () throws(Failure) in for schema in largest { try read(schema, assembler) } },
                       beside: { () throws(Failure) in for schema in rest { try read(schema, others) } })
        assembler.adopt(others)
        return assembler
    }

    /// Runs `main` here and `beside` on a second thread, and returns when both have finished
    /// (then throws the first failure).
    private static func inTwoLanes<Failure: Error>(
        _ main: () throws(Failure) -> Void, beside: () throws(Failure) -> Void
    ) throws(Failure) {
        try withoutActuallyEscaping(beside) { (beside) throws(Failure) in
            let lane = SideLane(beside)
            var failure: Failure?
            do throws(Failure) {
                try main()
            } catch {
                failure = error
            }
            do throws(Failure) {
                try lane.finish()  // always waited for: `beside` must not outlive this call
            } catch {
                failure = failure ?? error
            }
            if let failure { throw failure }
        }
    }

    /// Reads the JSON form: one object whose keys name the tables.
    public static func readJSON(_ path: String) throws(DatasetError) -> Dataset {
        let name = String(path.split(separator: "/").last ?? Substring(path))
        var parser = try JSONDatasetParser.parse(path: path)
        let assembler = DatasetAssembler()
        for warning in parser.warnings.kept { assembler.warn(warning) }
        for schema in TableSchema.all {
            guard let table = parser.tables[schema.jsonKey] else {
                assembler.missing(schema, file: name, expectedAt: "the key \"\(schema.jsonKey)\"")
                continue
            }
            var source = table.makeSource(columns: schema.columns)
            assembler.read(schema, file: name, from: &source)
        }
        parser = JSONDatasetParser(UnsafeRawBufferPointer(start: nil, count: 0), file: name)
        return try assembler.finish()
    }
}
