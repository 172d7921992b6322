/// The columns one file of the data contract must and may have.
struct TableSchema: Sendable {
    let file: String
    let required: [String]
    let optional: [String]
    /// A dataset without this file is still complete (peer links, plans, agreed weightings).
    let mayBeAbsent: Bool

    var columns: [String] { required + optional }

    static let youngPeople = TableSchema(
        file: "young_people.csv", required: ["id"],
        optional: ["name", "date_of_birth", "pathway", "harm_factors", "allocated_worker"], mayBeAbsent: false)
    static let contexts = TableSchema(
        file: "contexts.csv", required: ["id", "name", "type"],
        optional: ["address", "postcode", "latitude", "longitude"], mayBeAbsent: false)
    static let links = TableSchema(
        file: "links.csv", required: ["young_person_id", "context_id"],
        optional: ["relationship", "since"], mayBeAbsent: false)
    static let scaling = TableSchema(
        file: "scaling.csv", required: ["date", "young_person_id", "context_id", "respondent_role", "score"],
        optional: ["respondent", "scale", "comment"], mayBeAbsent: false)
    static let peerLinks = TableSchema(
        file: "peer_links.csv", required: ["young_person_id", "other_young_person_id"],
        optional: ["relationship", "since"], mayBeAbsent: true)
    static let planActions = TableSchema(
        file: "plan_actions.csv", required: ["young_person_id", "target", "action"],
        optional: ["context_id", "owner", "due", "status"], mayBeAbsent: true)
    static let agreedWeighting = TableSchema(
        file: "agreed_weighting.csv", required: ["date", "young_person_id", "context_id", "share"],
        optional: ["agreed_by"], mayBeAbsent: true)

    static let places = TableSchema(
        file: "places.csv", required: ["place_id", "context_id"], optional: ["name"], mayBeAbsent: true)

    /// Every file, in the order they are read: each refers only to those before it.
    static let all: [TableSchema] = [youngPeople, contexts, links, scaling, peerLinks, planActions, agreedWeighting, places]

    /// The key of this table in the contract's JSON form (`scaling` for `scaling.csv`).
    var jsonKey: String { String(file.dropLast(4)) }
}
