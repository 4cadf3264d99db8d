/// Writes a short ASCII text from its last byte back into the storage of the string it makes: an amount
/// or a date is written digit by digit, without a formatter or a string per group of digits. A list of a
/// hundred thousand grants writes half a million of them.
///
///     String(asciiBackwards: 8) { $0.prepend(digitsOf: 7, width: 2); $0.prepend("#") }   // "#07"
struct ASCIIWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// Where the text written so far begins.
    fileprivate private(set) var start: Int

    fileprivate init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
        start = buffer.count
    }

    mutating func prepend(_ byte: UInt8) {
        start -= 1
        buffer[start] = byte
    }

    mutating func prepend(_ text: StaticString) {
        text.withUTF8Buffer { bytes in
            for byte in bytes.reversed() { prepend(byte) }
        }
    }

    /// The decimal digits of `value`, at least `width` of them (zeros before), in groups of three
    /// with a space between when `grouped`: `1 250 000`.
    mutating func prepend(digitsOf value: UInt64, width: Int = 1, grouped: Bool = false) {
        var value = value
        var written = 0
        repeat {
            if grouped, written > 0, written % 3 == 0 { prepend(UInt8(ascii: " ")) }
            prepend(UInt8(ascii: "0") + UInt8(value % 10))
            value /= 10
            written += 1
        } while value > 0 || written < width
    }
}

extension String {
    /// The text `write` writes backwards, of at most `capacity` ASCII bytes.
    init(asciiBackwards capacity: Int, _ write: (inout ASCIIWriter) -> Void) {
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = ASCIIWriter(buffer)
            write(&writer)
            let count = buffer.count - writer.start
            // The text ends where the buffer ends; a string's bytes begin at its start (the regions may overlap).
            UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: buffer.baseAddress! + writer.start, byteCount: count)
            return count
        }
    }
}
