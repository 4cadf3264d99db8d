/// Each column name's first position in a statement's result, found by a small
/// table of its own: reading a row by column names looks a name up for every
/// value, and a Swift dictionary hashes each name with SipHash, which took an
/// eighth of `grant list` and of `rank` at national scale. Names come from the
/// program, not from an adversary, so FNV-1a is hash enough.
///
/// A reader of rows asks for the same names in the same order every row (a
/// repository's `grant(from:)` asks for thirty), so the lookup also remembers
/// what was asked at each place of the last row: the name asked at that place
/// again — the same literal, equal by its bits — is found without hashing.
///
///     let lookup = ColumnLookup(["id", "name", "id"])
///     lookup.index(of: "id")     // 0: the first of two
///     lookup.index(of: "title")  // nil
///     lookup.startRow()          // the next "id" is found by its place
@usableFromInline struct ColumnLookup {
    @usableFromInline let names: [String]
    /// Open addressing: a column's position + 1 at its name's slot, or after it; 0 is an empty slot.
    @usableFromInline let slots: [Int32]
    @usableFromInline let mask: Int
    @usableFromInline let order = AskedOrder()

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

    /// A new row begins: names are asked for again from the first place.
    @inlinable func startRow() {
        order.place = 0
    }

    /// The first column named `name`, or nil.
    @inlinable func index(of name: String) -> Int? {
        let place = order.place
        order.place = place + 1
        if place < order.asked.count, order.asked[place].name == name { return order.asked[place].index }
        let index = hashed(name)
        if let index {
            if place < order.asked.count { order.asked[place] = (name, index) } else { order.asked.append((name, index)) }
        }
        return index
    }

    /// The first column named `name` by its hash, or nil.
    @inlinable func hashed(_ name: String) -> Int? {
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

/// The names a row reader asked for, by place, with the column each named; shared by the copies of a
/// statement's row. Unchecked for exclusive access: it is read and written only by the one thread stepping
/// the statement, and the checks would cost what the order saves.
@usableFromInline final class AskedOrder {
    @exclusivity(unchecked) @usableFromInline var asked: [(name: String, index: Int)] = []
    @exclusivity(unchecked) @usableFromInline var place = 0

    @usableFromInline init() {}
}
