/// Two contexts proposed as the same real place, with every reason found.
public struct PlaceMatch: Sendable {
    public let first: Int
    public let second: Int
    public let reasons: [String]
}
