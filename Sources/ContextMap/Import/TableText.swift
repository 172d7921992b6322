import ContextMapCSV

/// A table handed over as CSV text, a piece at a time (a young person's case record, or a
/// store's rows written out as CSV): the columns' names first, then every piece's rows, all
/// read by the same reader as files.
///
/// A concrete type, so that the reading loop is compiled for it as it is for files: reading
/// through a protocol from another module made every row a dynamic call and cost a fifth more.
/// A struct, not a class: a class's reader is checked for exclusive access at run time on
/// every row.
/// Lines count on from one piece to the next, from line 2, as in the file the same rows make.
public struct TableText: RecordSource, ~Copyable {
    private let header: UnsafeMutableRawBufferPointer
    private var reader: CSVReader
    private let nextPiece: () throws -> UnsafeRawBufferPointer?
    /// What `nextPiece` threw, if it stopped the rows early.
    public private(set) var failure: (any Error)?
    /// Whether `nextPiece` has said there is no more (it is not asked again).
    private var finished = false

    /// - Parameter nextPiece: the next piece of text, whole rows each ending with a line feed,
    ///   or `nil` after the last; its bytes need stay valid only until it is called again.
    public init(columns: [String], nextPiece: @escaping () throws -> UnsafeRawBufferPointer?) {
        let line = Array((columns.joined(separator: ",") + "\n").utf8)
        header = .allocate(byteCount: line.count, alignment: 1)
        header.copyBytes(from: line)
        reader = CSVReader(UnsafeRawBufferPointer(header), startingLine: 1, skippingByteOrderMark: false)
        self.nextPiece = nextPiece
    }

    deinit {
        header.deallocate()
    }

    /// The line the rows have reached, counted on from one piece to the next.
    public var currentLine: Int { reader.currentLine }

    public mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
        while true {
            if let record = try reader.next() { return record }
            guard !finished else { return nil }
            let line = reader.currentLine
            do {
                guard let piece = try nextPiece() else {
                    finished = true
                    return nil
                }
                reader.restart(piece, startingLine: line)
            } catch {
                failure = error
                finished = true
                return nil
            }
        }
    }
}
