/// How a view names young people and the contexts linked to them for its audience.
///
/// Practitioners see ids and names. Partners see each young person only under a stable
/// pseudonym, never a name, date of birth or raw id, and family homes only as "family
/// home", because their names carry a family's surname.
public struct PersonNaming: Sendable {
    public let audience: Audience
    private let dataset: Dataset
    private let pseudonyms: Pseudonyms?

    /// Ids and names, for practitioners.
    public static func practitioner(_ dataset: Dataset) -> PersonNaming {
        PersonNaming(audience: .practitioner, dataset: dataset, pseudonyms: nil)
    }

    /// Pseudonyms made with `key`, for partners.
    public static func partner(_ dataset: Dataset, key: PseudonymKey) -> PersonNaming {
        PersonNaming(audience: .partner, dataset: dataset, pseudonyms: Pseudonyms(key: key))
    }

    private init(audience: Audience, dataset: Dataset, pseudonyms: Pseudonyms?) {
        self.audience = audience
        self.dataset = dataset
        self.pseudonyms = pseudonyms
    }

    /// The raw id, or the pseudonym.
    public func id(_ person: Int) -> String {
        let id = dataset.youngPeople.ids[person]
        return pseudonyms?.pseudonym(for: id) ?? id
    }

    /// The name, for practitioners only.
    public func name(_ person: Int) -> String? {
        pseudonyms == nil ? dataset.youngPeople.names[person] : nil
    }

    /// "Name (ID)" for practitioners, the pseudonym for partners.
    public func label(_ person: Int) -> String {
        guard pseudonyms == nil, let name = dataset.youngPeople.names[person] else { return id(person) }
        return "\(name) (\(id(person)))"
    }

    /// "J.O." for practitioners (from the name, or the id when there is none), the
    /// pseudonym for partners: peer maps show no more than initials.
    public func initials(_ person: Int) -> String {
        guard pseudonyms == nil else { return id(person) }
        guard let name = dataset.youngPeople.names[person] else { return dataset.youngPeople.ids[person] }
        let letters = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "." }).compactMap(\.first)
        return letters.isEmpty ? dataset.youngPeople.ids[person] : letters.map { "\($0.uppercased())." }.joined()
    }

    /// The context's name, except a family home's for partners.
    public func contextName(_ context: Int) -> String {
        if pseudonyms != nil, dataset.contexts.types[context] == .family { return "family home" }
        return dataset.contexts.names[context]
    }

    /// "Name (ID)", with a family home unnamed for partners.
    public func contextLabel(_ context: Int) -> String {
        "\(contextName(context)) (\(dataset.contexts.ids[context]))"
    }
}
