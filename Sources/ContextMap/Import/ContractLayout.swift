/// Where a file's columns stand against the contract's: worked out once per file from its
/// header, so that each of its rows can be put in the contract's order cheaply.
struct ContractLayout: Sendable {
    /// For each contract column, its position in the file's rows (`nil`: the file has none).
    let positions: [Int?]
    /// The contract's columns as runs of the file's fields that stand side by side in the
    /// same order (`nil`: one column the file does not have): a row is copied a run at a
    /// time, commas and quotes as written, instead of a field at a time.
    let runs: [ClosedRange<Int>?]
    /// The last field position any run reaches: a row with fewer fields is copied field by
    /// field.
    let lastPosition: Int

    init(header: [String], columns: [String]) {
        positions = columns.map { header.firstIndex(of: $0) }
        var runs: [ClosedRange<Int>?] = []
        for position in positions {
            if let position, let last = runs.last, let run = last, run.upperBound + 1 == position {
                runs[runs.count - 1] = run.lowerBound...position
            } else {
                runs.append(position.map { $0...$0 })
            }
        }
        self.runs = runs
        lastPosition = positions.compactMap { $0 }.max() ?? -1
    }
}
