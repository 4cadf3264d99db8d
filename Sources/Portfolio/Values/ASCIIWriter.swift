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

    /// A whole number as Swift writes it (`String(value)`): its digits, after a minus when negative.
    mutating func prepend(integer value: Int64) {
        prepend(digitsOf: value.magnitude)
        if value < 0 { prepend(UInt8(ascii: "-")) }
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

extension ASCIIWriter {
    /// Writes with `write` into `capacity` bytes on the stack, then hands `body` the bytes written.
    static func writing<Result>(_ capacity: Int, _ write: (inout ASCIIWriter) -> Void,
                                _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var writer = ASCIIWriter(buffer)
            write(&writer)
            return body(UnsafeBufferPointer(rebasing: buffer[writer.start...]))
        }
    }
}

extension String {
    /// The text `write` writes backwards, of at most `capacity` ASCII bytes. Written on the stack and then
    /// made a string: a text of up to 15 bytes (most amounts and every date) is then kept in the string
    /// itself, where a string made with room for `capacity` bytes would be allocated, and freed again.
    init(asciiBackwards capacity: Int, _ write: (inout ASCIIWriter) -> Void) {
        self = ASCIIWriter.writing(capacity, write) { String(decoding: $0, as: UTF8.self) }
    }
}
