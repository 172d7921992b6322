import ArgumentParser
import ContextMap

/// Turns `--young-person` ids into indices, or everyone when none is given.
enum YoungPersonSelection {
    static func resolve(_ ids: [String], in dataset: Dataset, orAll everyone: [Int]) throws -> [Int] {
        guard !ids.isEmpty else { return everyone }
        return try ids.map { id in
            guard let index = dataset.youngPeople.index(of: id) else {
                throw ValidationError("--young-person \"\(id)\" is not in the dataset.")
            }
            return index
        }
    }

    /// The ids a person asked for, for the audit trail (`nil`: everyone).
    static func detail(_ ids: [String]) -> String? {
        ids.isEmpty ? nil : ids.joined(separator: " ")
    }
}
