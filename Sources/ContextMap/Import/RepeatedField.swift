import ContextMapCSV

/// The value read from a column's last field, kept with the field's bytes: consecutive rows
/// often repeat a field (a young person's id, a review's date), and comparing two machine
/// words is cheaper than checking and converting the field again.
///
/// Only values read without a problem are remembered, so a repeat needs no check of its own.
struct RepeatedField<Value: Sendable>: Sendable {
    private var key = ShortKey()
    private var value: Value?

    /// The value of `field` when its bytes are those of the last field remembered.
    @inline(__always)
    func value(of field: CSVField?) -> Value? {
        guard let field, field.raw.count <= ShortKey.longest, ShortKey(field.raw) == key else { return nil }
        return value
    }

    /// Remembers `value` as what `field` reads as (fields longer than a `ShortKey` holds are
    /// not remembered).
    mutating func remember(_ field: CSVField?, as value: Value) {
        guard let field, field.raw.count <= ShortKey.longest else { return }
        key = ShortKey(field.raw)
        self.value = value
    }
}
