import ContextMapCSV

/// Checks every row of every file and assembles the `Dataset`, collecting every problem
/// instead of stopping at the first, so that a person can fix a file in one pass.
///
/// Files are read in contract order (`TableSchema.all`); each refers only to those before
/// it. References into a file that could not be read at all are not checked, so that one
/// broken file does not bury its real errors under thousands of "unknown id" lines.
final class DatasetAssembler {
    private(set) var dataset = Dataset()
    private(set) var errors = IssueLog()
    private(set) var warnings = IssueLog()

    private var youngPersonLines: [Int] = []
    private var contextLines: [Int] = []
    private(set) var youngPeopleComplete = true
    private(set) var contextsComplete = true
    private var agreedGroups: [AgreedGroupKey: AgreedGroup] = [:]
    private var agreedContexts: Set<AgreedContextKey> = []
    /// Made on first use, once young_people.csv and contexts.csv have been read.
    private var youngPeopleLookup: IdResolver?
    private var contextLookup: IdResolver?
    private var scalingYoungPerson: [Int32] = []
    private var scalingContext: [Int32] = []

    /// The next row whose field count matches the header; rows that do not are reported.
    private func nextRow<S: RecordSource & ~Copyable>(_ source: inout S, _ columns: BoundColumns, _ cells: CellReader) throws(CSVSyntaxError) -> CSVRecord? {
        while let record = try source.next() {
            guard record.count == columns.fieldCount else {
                errors.append(DatasetIssue(file: cells.file, line: record.line, problem: "has \(record.count) fields; the header has \(columns.fieldCount)"))
                continue
            }
            return record
        }
        return nil
    }

    /// Reads one file's rows, header first.
    func read<S: RecordSource & ~Copyable>(_ schema: TableSchema, file: String, from source: inout S) {
        do throws(CSVSyntaxError) {
            guard let columns = try readHeader(schema, file: file, from: &source) else { return }
            let cells = CellReader(file: file)
            if schema.file == TableSchema.links.file {
                var reader = LinkTableReader(columns: columns, cells: cells, dataset: dataset,
                                             youngPeople: youngPersonResolver(), contexts: contextResolver())
                defer {
                    dataset.links = reader.finish(youngPeople: dataset.youngPeople.count)
                    take(reader.errors, reader.warnings)
                }
                try reader.readAll(&source, fieldCount: columns.fieldCount)
            } else if schema.file == TableSchema.scaling.file {
                var reader = scalingReader(columns, cells)
                var failure: CSVSyntaxError?
                do throws(CSVSyntaxError) {
                    try reader.readAll(&source, fieldCount: columns.fieldCount)
                } catch {
                    failure = error
                }
                adopt(reader)
                if let failure { throw failure }
            } else {
                let reader = rowReader(for: schema, columns: columns, cells: cells)
                while let record = try nextRow(&source, columns, cells) { reader(record) }
            }
        } catch {
            fail(schema, file: file, error)
        }
    }

    /// Reads scaling.csv from bytes in memory, in one piece per core read at the same time:
    /// the file with millions of rows.
    func readScaling(csv bytes: UnsafeRawBufferPointer, file: String, cores: Int) {
        let schema = TableSchema.scaling
        var source = CSVReader(bytes)
        do throws(CSVSyntaxError) {
            guard let columns = try readHeader(schema, file: file, from: &source) else { return }
            let (reader, failure) = ScalingTableReader.reading(
                bytes, from: source.offset, line: source.currentLine, fieldCount: columns.fieldCount,
                template: scalingReader(columns, CellReader(file: file)), cores: cores)
            adopt(reader)
            if let failure { throw failure }
        } catch {
            fail(schema, file: file, error)
        }
    }

    /// Reads the scaling table of a store in `pieces` parts at the same time, each part's
    /// rows after the same header and numbered from line 2, as a file of its own would be.
    /// - Returns: `false` when the store has no scaling table.
    func readScaling(from tables: some TableSource, file: String, pieces: Int) throws -> Bool {
        let schema = TableSchema.scaling
        var header: BoundColumns?
        let found: Void? = try tables.withRows(of: schema.file, piece: 0, of: pieces) { rows in
            do throws(CSVSyntaxError) {
                header = try readHeader(schema, file: file, from: &rows)
            } catch {
                fail(schema, file: file, error)
            }
        }
        guard found != nil else { return false }
        guard let columns = header else { return true }
        let template = scalingReader(columns, CellReader(file: file))
        let expectedRows = dataset.links.count * 6  // the generator's and a typical case's reviews
        var results = ConcurrentPieces.perform(iterations: pieces) { piece in
            Result { () throws -> (reader: ScalingTableReader, lines: Int, failure: CSVSyntaxError?) in
                var reader = template
                // The first piece becomes the whole (as when reading a file in pieces): room
                // for every row, so that its columns are not copied into fresh memory.
                reader.reserve(rows: piece == 0 ? expectedRows : expectedRows / pieces)
                var failure: CSVSyntaxError?
                var lines = 0
                _ = try tables.withRows(of: schema.file, piece: piece, of: pieces) { rows in
                    do throws(CSVSyntaxError) {
                        _ = try rows.next()  // the header, read above
                        try reader.readAll(&rows, fieldCount: columns.fieldCount)
                        // Lines, not rows: a note may take several.
                        lines = rows.currentLine - 2
                    } catch {
                        failure = error
                    }
                }
                return (reader, lines, failure)
            }
        }
        var reader = template
        var first = try results[0].get()
        results[0] = .success((template, 0, nil))  // the only reference to the first piece's rows
        swap(&reader, &first.reader)
        reader.reserve(rows: try results.dropFirst().reduce(0) { $0 + (try $1.get().reader.records.count) })
        var linesBefore = first.lines
        if let failure = first.failure {
            fail(schema, file: file, failure)
        } else {
            for result in results.dropFirst() {
                let piece = try result.get()
                reader.append(piece.reader, lineOffset: linesBefore)
                if let failure = piece.failure {
                    fail(schema, file: file, CSVSyntaxError(line: failure.line + linesBefore, field: failure.field, kind: failure.kind))
                    break
                }
                linesBefore += piece.lines
            }
        }
        adopt(reader)
        return true
    }

    /// The header matched against the schema, or `nil` (reported) when it lacks a column.
    private func readHeader<S: RecordSource & ~Copyable>(_ schema: TableSchema, file: String, from source: inout S) throws(CSVSyntaxError) -> BoundColumns? {
        guard let header = try source.next() else {
            errors.append(DatasetIssue(file: file, line: 1, problem: "the file is empty; expected a header row naming the columns \(schema.required.joined(separator: ", "))"))
            markIncomplete(schema)
            return nil
        }
        let before = errors.count
        let columns = BoundColumns(header: header, schema: schema, file: file, errors: &errors, warnings: &warnings)
        guard errors.count == before else {
            markIncomplete(schema)
            return nil
        }
        return columns
    }

    /// An assembler for the tables that only refer to young people and contexts (peer links,
    /// plan actions, agreed weightings, places), to be read on another thread while this one
    /// reads links and scaling; `adopt(_:)` takes its work back.
    func companion() -> DatasetAssembler {
        let companion = DatasetAssembler()
        companion.dataset = dataset
        companion.youngPeopleComplete = youngPeopleComplete
        companion.contextsComplete = contextsComplete
        return companion
    }

    /// Takes the tables and problems of a finished companion. Its problems follow this
    /// assembler's, so they come in the same order as when the tables are read one by one.
    func adopt(_ companion: DatasetAssembler) {
        dataset.peerLinks = companion.dataset.peerLinks
        dataset.planActions = companion.dataset.planActions
        dataset.agreedShares = companion.dataset.agreedShares
        dataset.places = companion.dataset.places
        agreedGroups = companion.agreedGroups
        take(companion.errors, companion.warnings)
    }

    /// Takes what an assembler that read only contexts.csv found, after this one has read
    /// young_people.csv: the same as reading both here, one after the other.
    func adoptContexts(from other: DatasetAssembler) {
        dataset.contexts = other.dataset.contexts
        contextLines = other.contextLines
        contextsComplete = other.contextsComplete
        take(other.errors, other.warnings)
    }

    /// Takes the problems a table reader found.
    private func take(_ tableErrors: IssueLog, _ tableWarnings: IssueLog) {
        for issue in tableErrors.kept { errors.append(issue) }
        errors.addUncounted(tableErrors.count - tableErrors.kept.count)
        for issue in tableWarnings.kept { warnings.append(issue) }
        warnings.addUncounted(tableWarnings.count - tableWarnings.kept.count)
    }

    private func fail(_ schema: TableSchema, file: String, _ error: CSVSyntaxError) {
        errors.append(DatasetIssue(file: file, line: error.line, problem: error.description))
        markIncomplete(schema)
    }

    /// Passes on a warning found before the rows were read.
    func warn(_ issue: DatasetIssue) {
        warnings.append(issue)
    }

    /// Notes that a file the contract requires is absent.
    func missing(_ schema: TableSchema, file: String, expectedAt place: String) {
        if schema.mayBeAbsent { return }
        errors.append(DatasetIssue(file: file, problem: "missing; a dataset needs \(place) with the columns \(schema.required.joined(separator: ", "))"))
        markIncomplete(schema)
    }

    /// The assembled dataset, or every problem found.
    func finish() throws(DatasetError) -> Dataset {
        checkAgreedSums()
        guard errors.isEmpty else { throw DatasetError(errors: errors, warnings: warnings) }
        dataset.links.buildIndexes(youngPeople: dataset.youngPeople.count, contexts: dataset.contexts.count)
        resolveScalingLinks()
        dataset.warnings = warnings
        return dataset
    }

    private func markIncomplete(_ schema: TableSchema) {
        if schema.file == TableSchema.youngPeople.file { youngPeopleComplete = false }
        if schema.file == TableSchema.contexts.file { contextsComplete = false }
    }

    private func rowReader(for schema: TableSchema, columns: BoundColumns, cells: CellReader) -> (CSVRecord) -> Void {
        switch schema.file {
        case TableSchema.youngPeople.file: return youngPersonReader(columns, cells)
        case TableSchema.contexts.file: return contextReader(columns, cells)
        case TableSchema.peerLinks.file: return peerLinkReader(columns, cells)
        case TableSchema.planActions.file: return planActionReader(columns, cells)
        case TableSchema.places.file: return placeReader(columns, cells)
        default: return agreedShareReader(columns, cells)
        }
    }

    // MARK: young_people.csv

    private func youngPersonReader(_ columns: BoundColumns, _ cells: CellReader) -> (CSVRecord) -> Void {
        let id = columns.column("id"), name = columns.column("name"), dateOfBirth = columns.column("date_of_birth")
        let pathway = columns.column("pathway"), harmFactors = columns.column("harm_factors")
        let worker = columns.column("allocated_worker")
        return { [self] row in
            let birth = cells.optionalDay(row, dateOfBirth, &errors)
            let path: Pathway? = cells.optionalChoice(row, pathway, noun: "pathway", &errors)
            let factors = cells.harmFactors(row, harmFactors, &errors)
            let personName = cells.optionalText(row, name, &errors)
            let workerName = cells.optionalText(row, worker, &errors)
            guard let key = cells.id(row, id, &errors) else { return }
            let (index, inserted) = dataset.youngPeople.index.insert(key)
            guard inserted else {
                errors.append(DatasetIssue(file: cells.file, line: row.line, column: "id", value: key,
                                           problem: "is a duplicate: the same id is on line \(youngPersonLines[index])"))
                return
            }
            youngPersonLines.append(row.line)
            dataset.youngPeople.ids.append(key)
            dataset.youngPeople.names.append(personName)
            dataset.youngPeople.datesOfBirth.append(birth)
            dataset.youngPeople.pathways.append(path)
            dataset.youngPeople.harmFactors.append(factors)
            dataset.youngPeople.allocatedWorkers.append(workerName)
        }
    }

    // MARK: contexts.csv

    private func contextReader(_ columns: BoundColumns, _ cells: CellReader) -> (CSVRecord) -> Void {
        let id = columns.column("id"), name = columns.column("name"), type = columns.column("type")
        let address = columns.column("address"), postcode = columns.column("postcode")
        let latitude = columns.column("latitude"), longitude = columns.column("longitude")
        return { [self] row in
            let contextName = cells.requiredText(row, name, &errors)
            let contextType: ContextType? = cells.requiredChoice(row, type, noun: "context type", &errors)
            let place = cells.optionalText(row, address, &errors)
            let code = cells.optionalText(row, postcode, &errors)
            let lat = cells.optionalDecimal(row, latitude, in: -90...90, noun: "a latitude in decimal degrees from -90 to 90", &errors)
            let lon = cells.optionalDecimal(row, longitude, in: -180...180, noun: "a longitude in decimal degrees from -180 to 180", &errors)
            let latWritten = !(row.field(latitude)?.isEmpty ?? true), lonWritten = !(row.field(longitude)?.isEmpty ?? true)
            if latWritten != lonWritten {
                let missingColumn = latWritten ? "longitude" : "latitude"
                errors.append(DatasetIssue(file: cells.file, line: row.line, column: missingColumn, value: "",
                                           problem: "is empty; latitude and longitude are given both or neither"))
            }
            guard let key = cells.id(row, id, &errors) else { return }
            let (index, inserted) = dataset.contexts.index.insert(key)
            guard inserted else {
                errors.append(DatasetIssue(file: cells.file, line: row.line, column: "id", value: key,
                                           problem: "is a duplicate: the same id is on line \(contextLines[index])"))
                return
            }
            contextLines.append(row.line)
            dataset.contexts.ids.append(key)
            dataset.contexts.names.append(contextName ?? "")
            dataset.contexts.types.append(contextType ?? .community)
            dataset.contexts.addresses.append(place)
            dataset.contexts.postcodes.append(code)
            dataset.contexts.latitudes.append(lat)
            dataset.contexts.longitudes.append(lon)
        }
    }

    // MARK: links.csv

    // MARK: scaling.csv

    func scalingReader(_ columns: BoundColumns, _ cells: CellReader) -> ScalingTableReader {
        // Scaling rows look up their link, whatever became of links.csv.
        dataset.links.buildIndexes(youngPeople: dataset.youngPeople.count, contexts: dataset.contexts.count)
        return ScalingTableReader(columns: columns, cells: cells, dataset: dataset,
                                  youngPeopleComplete: youngPeopleComplete, contextsComplete: contextsComplete)
    }

    /// Takes the rows, links and problems of a finished scaling reader.
    func adopt(_ reader: ScalingTableReader) {
        for link in reader.implicitLinks {
            dataset.links.append(youngPerson: link.youngPerson, context: link.context, relationship: nil, since: nil, isImplicit: true)
            warnings.append(reader.warning(for: link))
        }
        take(reader.errors, IssueLog())
        dataset.scaling = reader.records
        scalingYoungPerson = reader.youngPerson
        scalingContext = reader.scaledContext
    }

    /// Gives every scaling row its link, now that implicit links have been added.
    private func resolveScalingLinks() {
        let links = dataset.links
        let starts = links.byYoungPerson.starts, items = links.byYoungPerson.items, linkContext = links.context
        var resolved = [Int32](repeating: 0, count: scalingYoungPerson.count)
        for row in resolved.indices {
            let person = Int(scalingYoungPerson[row]), target = scalingContext[row]
            for position in Int(starts[person])..<Int(starts[person + 1]) where linkContext[Int(items[position])] == target {
                resolved[row] = items[position]
                break
            }
        }
        dataset.scaling.link = resolved
        dataset.scaling.byLink = Adjacency(groups: links.count, members: resolved)
        scalingYoungPerson = []
        scalingContext = []
    }

    // MARK: peer_links.csv

    private func peerLinkReader(_ columns: BoundColumns, _ cells: CellReader) -> (CSVRecord) -> Void {
        let person = columns.column("young_person_id"), other = columns.column("other_young_person_id")
        let relationship = columns.column("relationship"), since = columns.column("since")
        return { [self] row in
            let date = cells.optionalDay(row, since, &errors)
            let text = cells.optionalText(row, relationship, &errors)
            let a = youngPerson(row, person, cells), b = youngPerson(row, other, cells)
            guard let a, let b else { return }
            if a == b {
                warnings.append(DatasetIssue(file: cells.file, line: row.line, column: "other_young_person_id",
                                             value: dataset.youngPeople.ids[Int(b)], problem: "links a young person to themself; ignored"))
                return
            }
            dataset.peerLinks.append(PeerLink(youngPerson: Int(a), otherYoungPerson: Int(b), relationship: text, since: date))
        }
    }

    // MARK: plan_actions.csv

    private func planActionReader(_ columns: BoundColumns, _ cells: CellReader) -> (CSVRecord) -> Void {
        let person = columns.column("young_person_id"), target = columns.column("target")
        let action = columns.column("action"), context = columns.column("context_id")
        let owner = columns.column("owner"), due = columns.column("due"), status = columns.column("status")
        return { [self] row in
            let aim: PlanTarget? = cells.requiredChoice(row, target, noun: "plan target", &errors)
            let text = cells.requiredText(row, action, &errors)
            let who = cells.optionalText(row, owner, &errors)
            let date = cells.optionalDay(row, due, &errors)
            let state: ActionStatus? = cells.optionalChoice(row, status, noun: "status", &errors)
            let p = youngPerson(row, person, cells)
            var c: Int32?
            if let field = row.field(context), !field.isEmpty {
                c = self.context(row, context, cells)
                if c == nil { return }
            } else if aim == .context {
                errors.append(DatasetIssue(file: cells.file, line: row.line, column: "context_id", value: "",
                                           problem: "is empty; an action whose target is context must name the context"))
                return
            }
            guard let aim, let text, let p else { return }
            if row.field(status).map({ !$0.isEmpty }) ?? false, state == nil { return }
            dataset.planActions.append(PlanAction(youngPerson: Int(p), target: aim, action: text, context: c.map(Int.init),
                                                  owner: who, due: date, status: state))
        }
    }

    // MARK: agreed_weighting.csv

    private func agreedShareReader(_ columns: BoundColumns, _ cells: CellReader) -> (CSVRecord) -> Void {
        let date = columns.column("date"), person = columns.column("young_person_id")
        let context = columns.column("context_id"), share = columns.column("share")
        let agreedBy = columns.column("agreed_by")
        return { [self] row in
            let day = cells.requiredDay(row, date, &errors)
            let value = cells.requiredDecimal(row, share, in: 0...100, noun: "a percentage from 0 to 100", &errors)
            let who = cells.optionalText(row, agreedBy, &errors)
            let p = youngPerson(row, person, cells), c = self.context(row, context, cells)
            guard let day, let value, let p, let c else {
                // A share that could not be read leaves its group's sum unknown, not wrong:
                // the row's own error is the one to report.
                if let day, let p { agreedGroups[AgreedGroupKey(youngPerson: p, date: day), default: AgreedGroup(file: cells.file)].hasUnreadShare = true }
                return
            }
            guard agreedContexts.insert(AgreedContextKey(youngPerson: p, date: day, context: c)).inserted else {
                errors.append(DatasetIssue(file: cells.file, line: row.line, column: "context_id", value: dataset.contexts.ids[Int(c)],
                                           problem: "has a share already for this young person and date"))
                return
            }
            let key = AgreedGroupKey(youngPerson: p, date: day)
            agreedGroups[key, default: AgreedGroup(file: cells.file)].add(value, line: row.line)
            dataset.agreedShares.append(AgreedShare(date: day, youngPerson: Int(p), context: Int(c), share: value, agreedBy: who))
        }
    }

    private func checkAgreedSums() {
        for (key, group) in agreedGroups.sorted(by: { $0.value.lastLine < $1.value.lastLine })
        where !group.hasUnreadShare && abs(group.sum - 100) > 0.5 {
            // Rounded to hundredths: a sum of decimals shows as 83.2, not 83.19999999999999.
            errors.append(DatasetIssue(file: group.file, line: group.lastLine, column: "share", value: NumberText.decimal((group.sum * 100).rounded() / 100),
                                       problem: "is the sum of the shares agreed for \(dataset.youngPeople.ids[Int(key.youngPerson)]) on \(key.date); expected 100 (± 0.5)"))
        }
    }

    // MARK: references

    private func youngPersonResolver() -> IdResolver {
        IdResolver(table: dataset.youngPeople.index, isComplete: youngPeopleComplete, noun: "a young person in young_people.csv")
    }

    private func contextResolver() -> IdResolver {
        IdResolver(table: dataset.contexts.index, isComplete: contextsComplete, noun: "a context in contexts.csv")
    }

    // MARK: places.csv

    private func placeReader(_ columns: BoundColumns, _ cells: CellReader) -> (CSVRecord) -> Void {
        let place = columns.column("place_id"), context = columns.column("context_id"), name = columns.column("name")
        var placeIndex: [String: Int] = [:]
        var lineOfContext: [Int32: Int] = [:]
        return { [self] row in
            let placeName = cells.optionalText(row, name, &errors)
            let key = cells.id(row, place, &errors)
            guard let member = self.context(row, context, cells), let key else { return }
            if let line = lineOfContext[member] {
                errors.append(DatasetIssue(file: cells.file, line: row.line, column: "context_id", value: dataset.contexts.ids[Int(member)],
                                           problem: "is already in a place on line \(line); a context is one place at most"))
                return
            }
            lineOfContext[member] = row.line
            if dataset.places.placeOfContext.isEmpty {
                dataset.places.placeOfContext = Array(repeating: -1, count: dataset.contexts.count)
            }
            let index = placeIndex[key] ?? {
                placeIndex[key] = dataset.places.count
                dataset.places.ids.append(key)
                dataset.places.names.append(nil)
                dataset.places.contexts.append([])
                return dataset.places.count - 1
            }()
            if dataset.places.names[index] == nil { dataset.places.names[index] = placeName }
            dataset.places.contexts[index].append(Int(member))
            dataset.places.placeOfContext[Int(member)] = Int32(index)
        }
    }

    private func youngPerson(_ row: CSVRecord, _ column: Column, _ cells: CellReader) -> Int32? {
        if youngPeopleLookup == nil { youngPeopleLookup = youngPersonResolver() }
        return youngPeopleLookup!.resolve(row, column, cells, &errors)
    }

    private func context(_ row: CSVRecord, _ column: Column, _ cells: CellReader) -> Int32? {
        if contextLookup == nil { contextLookup = contextResolver() }
        return contextLookup!.resolve(row, column, cells, &errors)
    }
}

private struct AgreedGroupKey: Hashable {
    let youngPerson: Int32
    let date: Day
}

private struct AgreedContextKey: Hashable {
    let youngPerson: Int32
    let date: Day
    let context: Int32
}

private struct AgreedGroup {
    let file: String
    var sum = 0.0
    var lastLine = 0
    /// Whether a share of the group had an error of its own, so that its sum is not known.
    var hasUnreadShare = false

    mutating func add(_ share: Double, line: Int) {
        sum += share
        lastLine = max(lastLine, line)
    }
}
