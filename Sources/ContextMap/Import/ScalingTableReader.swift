import ContextMapCSV

/// Reads `scaling.csv`, the file with millions of rows, into flat columns.
///
/// A value type with its own arrays, separate from `DatasetAssembler`, because this loop is
/// where import time goes: it allocates nothing per row (respondents are interned from their
/// bytes, fixed choices matched on bytes) and touches no shared state.
struct ScalingTableReader: TableReader {
    let cells: CellReader
    private let date: Column, person: Column, context: Column, role: Column
    private let score: Column, respondent: Column, scale: Column, comment: Column
    private var youngPeople: IdResolver, contexts: IdResolver
    private let roles = ChoiceMatcher<RespondentRole>(noun: "respondent role")
    private let scales = ChoiceMatcher<Scale>(noun: "scale")
    private let personIDs: [String], contextIDs: [String]
    private let linkStarts: [Int32], linkItems: [Int32], linkContext: [Int32]
    /// Every context's id as a `ShortKey`, by index, for `linkedContext`.
    private let contextKeys: [ShortKey]
    /// Young people's and contexts' ids to their indexes, for the compact form's ids.
    let personTable: IdTable, contextTable: IdTable

    private(set) var records = ScalingRecords()
    private(set) var youngPerson: [Int32] = []
    private(set) var scaledContext: [Int32] = []
    /// Pairs scaled without a link, in the order first seen, with the line that did.
    private(set) var implicitLinks: [(youngPerson: Int32, context: Int32, line: Int)] = []
    private var implicitSeen: Set<Int64> = []
    private var respondents = IdTable()
    /// The last date read: a review's rows share one.
    private var lastDay = RepeatedField<Day>()
    var errors = IssueLog()

    init(columns: BoundColumns, cells: CellReader, dataset: Dataset, youngPeopleComplete: Bool, contextsComplete: Bool) {
        self.cells = cells
        date = columns.column("date")
        person = columns.column("young_person_id")
        context = columns.column("context_id")
        role = columns.column("respondent_role")
        score = columns.column("score")
        respondent = columns.column("respondent")
        scale = columns.column("scale")
        comment = columns.column("comment")
        youngPeople = IdResolver(table: dataset.youngPeople.index, isComplete: youngPeopleComplete, noun: "a young person in young_people.csv")
        contexts = IdResolver(table: dataset.contexts.index, isComplete: contextsComplete, noun: "a context in contexts.csv")
        personIDs = dataset.youngPeople.ids
        contextIDs = dataset.contexts.ids
        linkStarts = dataset.links.byYoungPerson.starts
        linkItems = dataset.links.byYoungPerson.items
        linkContext = dataset.links.context
        contextKeys = dataset.contexts.index.shortKeys
        personTable = dataset.youngPeople.index
        contextTable = dataset.contexts.index
    }

    /// Makes room for `rows` more rows at once, instead of growing (and copying) as they come.
    mutating func reserve(rows: Int) {
        let total = records.count + rows
        records.dates.reserveCapacity(total)
        records.roles.reserveCapacity(total)
        records.scores.reserveCapacity(total)
        records.scales.reserveCapacity(total)
        records.respondent.reserveCapacity(total)
        records.comment.reserveCapacity(total)
        youngPerson.reserveCapacity(total)
        scaledContext.reserveCapacity(total)
    }

    mutating func read(_ row: CSVRecord) {
        let day = readDay(row)
        let voice = roles.match(row, role, required: true, cells, &errors)
        let value = cells.score(row, score, &errors)
        let direction = scales.match(row, scale, required: false, cells, &errors) ?? (isEmpty(row, scale) ? .safety : nil)
        let who = internRespondent(row)
        let note = cells.optionalText(row, comment, &errors)
        let p = youngPeople.resolve(row, person, cells, &errors)
        let linked = p.flatMap { linkedContext(of: $0, row) }
        let c = linked ?? contexts.resolve(row, context, cells, &errors)
        guard let day, let voice, let value, let direction, let who, let p, let c else { return }
        append(day: day, youngPerson: p, context: c, voice: voice, score: value, scale: direction, respondent: who,
               comment: note, line: row.line, isLinked: linked != nil)
    }

    /// Adds a checked row (from the CSV text or the compact form), with an implicit link
    /// when the young person has none to the context.
    /// - Parameter isLinked: whether the link is known to be there already.
    mutating func append(day: Day, youngPerson p: Int32, context c: Int32, voice: RespondentRole, score: UInt8, scale: Scale,
                         respondent: Int32, comment: String?, line: Int, isLinked known: Bool = false) {
        if !known, !isLinked(p, c) { addImplicitLink(p, c, line: line) }
        records.dates.append(day)
        youngPerson.append(p)
        scaledContext.append(c)
        records.roles.append(voice)
        records.scores.append(score)
        records.scales.append(scale)
        records.respondent.append(respondent)
        if let comment {
            records.comment.append(Int32(records.comments.count))
            records.comments.append(comment)
        } else {
            records.comment.append(-1)
        }
    }

    /// The number of the respondent named by `bytes`, given one the first time; `nil` when
    /// the bytes are not UTF-8.
    mutating func respondentNumber(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        let (index, inserted) = respondents.insert(bytes)
        if inserted {
            guard let name = UTF8Text.validated(bytes) else {
                records.respondentNames.append("")
                return nil
            }
            records.respondentNames.append(name)
        }
        return Int32(index)
    }

    private mutating func readDay(_ row: CSVRecord) -> Day? {
        if let day = lastDay.value(of: row.field(date)) { return day }
        guard let day = cells.requiredDay(row, date, &errors) else { return nil }
        lastDay.remember(row.field(date), as: day)
        return day
    }

    private func isEmpty(_ row: CSVRecord, _ column: Column) -> Bool {
        row.field(column)?.isEmpty ?? true
    }

    private mutating func internRespondent(_ row: CSVRecord) -> Int32? {
        guard let field = row.field(respondent), !field.isEmpty else { return -1 }
        return field.withValue { bytes in
            guard let number = respondentNumber(bytes) else {
                errors.append(cells.notUTF8(row, respondent, field))
                return nil
            }
            return number
        }
    }

    /// The row's context when its bytes are the id of one of the young person's linked
    /// contexts: a handful of comparisons instead of a look-up among every context (a cache
    /// miss each time a young person's rows move on to another of their contexts). `nil`
    /// sends the row the long way, which checks the id and reports what is wrong with it.
    private func linkedContext(of person: Int32, _ row: CSVRecord) -> Int32? {
        guard let field = row.field(context), field.raw.count <= ShortKey.longest else { return nil }
        let key = ShortKey(field.raw)
        for position in linkPositions(of: person) {
            let target = linkContext[Int(linkItems[position])]
            if contextKeys[Int(target)] == key { return target }
        }
        return nil
    }

    private func isLinked(_ person: Int32, _ target: Int32) -> Bool {
        linkPositions(of: person).contains { linkContext[Int(linkItems[$0])] == target }
    }

    /// Where the young person's links stand in `linkItems` (empty for one links.csv did
    /// not reach).
    private func linkPositions(of person: Int32) -> Range<Int> {
        let person = Int(person)
        guard person + 1 < linkStarts.count else { return 0..<0 }
        return Int(linkStarts[person])..<Int(linkStarts[person + 1])
    }

    private mutating func addImplicitLink(_ person: Int32, _ target: Int32, line: Int) {
        guard implicitSeen.insert(Int64(person) << 32 | Int64(target)).inserted else { return }
        implicitLinks.append((person, target, line))
    }

    /// The warning for an implicit link.
    func warning(for link: (youngPerson: Int32, context: Int32, line: Int)) -> DatasetIssue {
        DatasetIssue(file: cells.file, line: link.line,
                     problem: "scales \(contextIDs[Int(link.context)]) for \(personIDs[Int(link.youngPerson)]), who has no link to it; the link is added")
    }

    /// Appends the rows of the piece of the file that follows this one, whose line numbers
    /// count from 1 at its start: `lineOffset` turns them into the file's.
    mutating func append(_ next: ScalingTableReader, lineOffset: Int) {
        var respondentIndex: [Int32] = []
        for name in next.records.respondentNames {
            var name = name
            let (index, inserted) = name.withUTF8 { respondents.insert(UnsafeRawBufferPointer($0)) }
            if inserted { records.respondentNames.append(name) }
            respondentIndex.append(Int32(index))
        }
        let commentBase = Int32(records.comments.count)
        records.dates += next.records.dates
        records.roles += next.records.roles
        records.scores += next.records.scores
        records.scales += next.records.scales
        records.respondent += next.records.respondent.lazy.map { $0 < 0 ? -1 : respondentIndex[Int($0)] }
        records.comment += next.records.comment.lazy.map { $0 < 0 ? -1 : $0 + commentBase }
        records.comments += next.records.comments
        youngPerson += next.youngPerson
        scaledContext += next.scaledContext
        for link in next.implicitLinks {
            addImplicitLink(link.youngPerson, link.context, line: link.line + lineOffset)
        }
        for issue in next.errors.kept { errors.append(issue.movedDown(by: lineOffset)) }
        errors.addUncounted(next.errors.count - next.errors.kept.count)
    }
}
