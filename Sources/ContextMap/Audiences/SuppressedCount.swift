/// Counts for the public, by the Department for Education's convention: a count from 1 to
/// 5 is shown as `c`, and where a total is shown, one more cell is suppressed (secondary
/// suppression) whenever the total would otherwise give a suppressed cell away.
public enum SuppressedCount {
    /// What to show for each of `cells` (which sum to a total that is shown): the count, or
    /// `nil` for `c`. Counts above 5 are rounded to the nearest `roundTo` when it is above 1.
    public static func cells(_ cells: [Int], roundTo: Int = 1) -> [Int?] {
        var shown: [Int?] = cells.map { isSmall($0) ? nil : rounded($0, to: roundTo) }
        let hidden = shown.indices.filter { shown[$0] == nil }
        // One hidden cell in a column with a total is the total minus the rest: hide the
        // smallest other non-zero cell too.
        if hidden.count == 1,
           let next = cells.indices.filter({ shown[$0] != nil && cells[$0] > 0 }).min(by: { cells[$0] < cells[$1] }) {
            shown[next] = nil
        }
        return shown
    }

    /// A total: suppressed when it is itself small.
    public static func total(_ value: Int, roundTo: Int = 1) -> Int? {
        isSmall(value) ? nil : rounded(value, to: roundTo)
    }

    /// `c` or the number.
    public static func text(_ value: Int?) -> String {
        value.map(String.init) ?? "c"
    }

    static func isSmall(_ value: Int) -> Bool { (1...5).contains(value) }

    static func rounded(_ value: Int, to step: Int) -> Int {
        guard step > 1 else { return value }
        return Int((Double(value) / Double(step)).rounded(.toNearestOrAwayFromZero)) * step
    }
}
