import ContextMapCSV

/// Reads `links.csv` (half a million rows for a region) into flat columns, without a
/// per-row allocation: relationships are interned from their bytes, and repeated pairs are
/// found afterwards from the index by young person rather than with a hash per row.
struct LinkTableReader: TableReader {
    let cells: CellReader
    private let person: Column, context: Column, relationship: Column, since: Column
    private var youngPeople: IdResolver, contexts: IdResolver
    private let personIDs: [String], contextIDs: [String]
    private var words = IdTable()
    private var relationships: [String] = []
    private var lines: [Int32] = []
    private(set) var links = Links()
    var errors = IssueLog()
    var warnings = IssueLog()

    init(columns: BoundColumns, cells: CellReader, dataset: Dataset, youngPeople: IdResolver, contexts: IdResolver) {
        self.cells = cells
        person = columns.column("young_person_id")
        context = columns.column("context_id")
        relationship = columns.column("relationship")
        since = columns.column("since")
        self.youngPeople = youngPeople
        self.contexts = contexts
        personIDs = dataset.youngPeople.ids
        contextIDs = dataset.contexts.ids
    }

    mutating func read(_ row: CSVRecord) {
        let date = cells.optionalDay(row, since, &errors)
        let text = relationshipText(row)
        let p = youngPeople.resolve(row, person, cells, &errors)
        let c = contexts.resolve(row, context, cells, &errors)
        guard let p, let c else { return }
        lines.append(Int32(truncatingIfNeeded: row.line))
        links.append(youngPerson: p, context: c, relationship: text, since: date, isImplicit: false)
    }

    /// The links read, each pair once: a repeated pair keeps its first row, with a warning.
    mutating func finish(youngPeople count: Int) -> Links {
        let index = Adjacency(groups: count, members: links.youngPerson)
        var repeated: [Int] = []
        for group in 0..<count {
            let members = index[group]
            guard members.count > 1 else { continue }
            for (position, link) in members.enumerated() {
                guard let first = members.prefix(position).first(where: { links.context[$0] == links.context[link] }) else { continue }
                repeated.append(link)
                warnings.append(DatasetIssue(file: cells.file, line: Int(lines[link]),
                                             problem: "links \(personIDs[group]) and \(contextIDs[Int(links.context[link])]) again (first on line \(lines[first])); the first row is kept"))
            }
        }
        guard !repeated.isEmpty else { return links }
        let drop = Set(repeated)
        var kept = Links()
        for link in links.indices where !drop.contains(link) {
            kept.append(youngPerson: links.youngPerson[link], context: links.context[link], relationship: links.relationships[link],
                        since: links.since[link], isImplicit: false)
        }
        return kept
    }

    /// Relationships repeat ("attends", "member"): one string each, found from the bytes.
    private mutating func relationshipText(_ row: CSVRecord) -> String? {
        guard let field = row.field(relationship), !field.isEmpty else { return nil }
        guard !field.hasDoubledQuotes else { return cells.optionalText(row, relationship, &errors) }
        let (index, inserted) = words.insert(field.raw)
        if inserted { relationships.append(cells.optionalText(row, relationship, &errors) ?? "") }
        return relationships[index]
    }
}
