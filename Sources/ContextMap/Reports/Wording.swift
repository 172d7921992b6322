/// The words and number formats a person reads in tables.
public enum Wording {
    static func harm(_ value: Double?) -> String {
        value.map { NumberText.fixed($0, places: 1) } ?? "–"
    }

    static func share(_ value: Double?) -> String {
        value.map { NumberText.fixed($0, places: 1) + "%" } ?? "–"
    }

    /// A trend in words as well as figures, so that it reads the same in black and white.
    static func trend(_ value: Double?) -> String {
        guard let value else { return "first scaling" }
        let rounded = NumberText.fixed(value, places: 1)
        if Figures.orderingKey(value) > 0 { return "+\(rounded) worse" }
        if Figures.orderingKey(value) < 0 { return "\(rounded) better" }
        return "same"
    }

    static func person(_ dataset: Dataset, _ index: Int) -> String {
        let id = dataset.youngPeople.ids[index]
        guard let name = dataset.youngPeople.names[index] else { return id }
        return "\(name) (\(id))"
    }

    static func context(_ dataset: Dataset, _ index: Int) -> String {
        "\(dataset.contexts.names[index]) (\(dataset.contexts.ids[index]))"
    }

    /// "as of 2026-05-11", or "from 2026-04-01 to 2026-05-11" for a window.
    public static func window(_ analysis: Analysis) -> String {
        guard let since = analysis.options.since, let asOf = analysis.asOf else { return asOf(analysis.asOf) }
        return "from \(since) to \(asOf)"
    }

    public static func asOf(_ day: Day?) -> String {
        day.map { "as of \($0)" } ?? "with no scaling yet"
    }
}
