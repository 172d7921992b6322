/// A review an import replaced with rows that leave out voices the store held: a partner's
/// export with only its own scores for a date, say, in place of the young person's and the
/// family's. The import goes ahead (a corrected review replaces the one it corrects) and the
/// earlier rows are kept in the store, but the person importing is told which voices went.
/// The voices are named by role, not by the names the store holds for the family.
public struct DroppedVoices: Sendable, Equatable, CustomStringConvertible {
    public let youngPerson: String
    public let context: String
    public let date: String
    /// Each voice as its role, with the agency for a partner agency: `young_person`,
    /// `partner_agency (CAMHS)`, or `partner_agency (1 of 2)` when the export names no agency.
    public let voices: [String]

    public var description: String {
        "the review of \(context) for \(youngPerson) on \(date) was replaced without " + voices.joined(separator: ", ")
    }
}
