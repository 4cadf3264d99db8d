/// Each column name's first position in a statement's result, found by a small
/// table of its own: reading a row by column names looks a name up for every
/// value, and a Swift dictionary hashes each name with SipHash, which took an
/// eighth of `grant list` and of `rank` at national scale. Names come from the
/// program, not from an adversary, so FNV-1a is hash enough.
///
///     let lookup = ColumnLookup(["id", "name", "id"])
///     lookup.index(of: "id")     // 0: the first of two
///     lookup.index(of: "title")  // nil
@usableFromInline struct ColumnLookup {
    @usableFromInline let names: [String]
    /// Open addressing: a column's position + 1 at its name's slot, or after it; 0 is an empty slot.
    @usableFromInline let slots: [Int32]
    @usableFromInline let mask: Int

    init(_ names: [String]) {
        self.names = names
        var size = 8
        while size < names.count * 2 { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: 0, count: size)
        for (position, name) in names.enumerated() {
            var slot = Self.hash(name) & mask
            while slots[slot] != 0 && names[Int(slots[slot]) - 1] != name { slot = (slot + 1) & mask }
            if slots[slot] == 0 { slots[slot] = Int32(position + 1) }
        }
        self.slots = slots
    }

    /// The first column named `name`, or nil.
    @inlinable func index(of name: String) -> Int? {
        var slot = Self.hash(name) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            if names[entry - 1] == name { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// FNV-1a over the name's bytes, read as one buffer (byte by byte through `utf8` cost more than SipHash).
    @inlinable static func hash(_ name: String) -> Int {
        name.utf8.withContiguousStorageIfAvailable(hash) ?? hash(Array(name.utf8))
    }

    @inlinable static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash)
    }
}
