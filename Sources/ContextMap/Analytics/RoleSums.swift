/// Sums of row harms per role, for role means.
struct RoleSums {
    var sum: (Int, Int, Int) = (0, 0, 0)
    var count: (Int, Int, Int) = (0, 0, 0)

    mutating func add(_ harm: Int, role: Int) {
        switch role {
        case 0: sum.0 += harm; count.0 += 1
        case 1: sum.1 += harm; count.1 += 1
        default: sum.2 += harm; count.2 += 1
        }
    }

    func mean(role: Int) -> Double {
        switch role {
        case 0: count.0 == 0 ? .nan : Double(sum.0) / Double(count.0)
        case 1: count.1 == 0 ? .nan : Double(sum.1) / Double(count.1)
        default: count.2 == 0 ? .nan : Double(sum.2) / Double(count.2)
        }
    }

    /// The weighted mean of the role means, over the roles that scaled.
    func combined(weights: [Double]) -> Double {
        var total = 0.0, weight = 0.0
        for role in 0..<3 {
            let mean = mean(role: role)
            guard !mean.isNaN else { continue }
            total += weights[role] * mean
            weight += weights[role]
        }
        return total / weight
    }
}
