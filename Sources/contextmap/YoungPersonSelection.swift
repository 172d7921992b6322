import ArgumentParser
import ContextMap

/// Turns `--young-person` ids into indices, or everyone when none is given.
enum YoungPersonSelection {
    static func resolve(_ ids: [String], in dataset: Dataset, orAll everyone: [Int]) throws -> [Int] {
        guard !ids.isEmpty else { return everyone }
        return try ids.map { id in
            guard let index = dataset.youngPeople.index(of: id) else {
                // A fact about the data, not a misuse of the command: no usage text after it.
                Terminal.error("error: --young-person \"\(id)\" is not a young person in the data (ids are written as in young_people.csv, e.g. YP01).")
                throw ExitCode(1)
            }
            return index
        }
    }

    /// The ids a person asked for, for the audit trail (`nil`: everyone).
    static func detail(_ ids: [String]) -> String? {
        ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}
