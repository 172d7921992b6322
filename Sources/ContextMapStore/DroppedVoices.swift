/// A review an import replaced with rows that leave out voices the store held: a partner's
/// export with only its own scores for a date, say, in place of the young person's and the
/// family's. The import goes ahead (a corrected review replaces the one it corrects) and the
/// earlier rows are kept in the store, but the person importing is told which voices went.
public struct DroppedVoices: Sendable, Equatable, CustomStringConvertible {
    public let youngPerson: String
    public let context: String
    public let date: String
    /// Each voice as "role (respondent)", or the role alone: `young_person`, `partner_agency (CAMHS)`.
    public let voices: [String]

    public var description: String {
        "the review of \(context) for \(youngPerson) on \(date) was replaced without "
            + voices.joined(separator: ", ") + "; the rows it held are kept (`contextmap replaced --young-person \(youngPerson)`)"
    }
}
