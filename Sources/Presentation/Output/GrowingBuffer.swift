import Foundation

/// Values kept one after another in memory grown with `realloc`, for a table of a year's grants, which
/// grows to megabytes: an array that doubles its storage copies every value to new memory each time, and
/// the first touch of each new page (more than the copying itself) was a tenth of `grant list`'s time.
/// `realloc` grows a large block where it is, or moves its pages without touching them.
///
///     var ends = GrowingBuffer<Int>()
///     ends.append(7)
///     ends.withUnsafeBufferPointer { Array($0) }   // [7]
struct GrowingBuffer<Element: BitwiseCopyable> {
    private var storage = Storage()

    var count: Int { storage.count }

    mutating func append(_ element: Element) {
        reserve(1)
        storage.start![storage.count] = element
        storage.count += 1
    }

    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        reserve(elements.count)
        (storage.start! + storage.count).initialize(from: source, count: elements.count)
        storage.count += elements.count
    }

    /// Room for `count` more values, handed to `body` as a pointer to the first: `body` writes them and
    /// returns how many it wrote. One check of the storage for a line of many parts.
    mutating func append(upTo count: Int, _ body: (UnsafeMutablePointer<Element>) -> Int) {
        reserve(count)
        storage.count += body(storage.start! + storage.count)
    }

    /// Empties the buffer, keeping its memory for what is added next.
    mutating func removeAll() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage() }
        storage.count = 0
    }

    /// Calls `body` with every value, in place.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage.start, count: storage.count))
    }

    /// Room for `more` values after the last, in storage of this buffer's own (a copy of the buffer shares
    /// its storage until either is added to).
    private mutating func reserve(_ more: Int) {
        makeUnique()
        if storage.count + more > storage.capacity { storage.grow(to: max(storage.count + more, storage.capacity * 2, 1024)) }
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    private final class Storage {
        var start: UnsafeMutablePointer<Element>?
        var count = 0
        private(set) var capacity = 0

        deinit { free(start) }

        func grow(to capacity: Int) {
            guard let grown = realloc(start, capacity * MemoryLayout<Element>.stride) else {
                fatalError("out of memory for \(capacity) values")
            }
            start = grown.assumingMemoryBound(to: Element.self)
            self.capacity = capacity
        }

        func copy() -> Storage {
            let copy = Storage()
            if let start, count > 0 {
                copy.grow(to: count)
                copy.start!.initialize(from: start, count: count)
                copy.count = count
            }
            return copy
        }
    }
}
