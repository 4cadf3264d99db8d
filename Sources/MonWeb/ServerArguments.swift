/// mon-web's arguments as `mon serve` passes them; anything else is ignored, for mon has checked them.
///
///     ServerArguments(["--db", "mon.sqlite", "--port", "8081"]).port   // 8081
public struct ServerArguments {
    public var db = "mon.sqlite"
    public var host = "127.0.0.1"
    public var port = 8080
    public var secureCookies = false

    public init<Arguments: Sequence<String>>(_ arguments: Arguments) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--db": db = iterator.next() ?? db
            case "--host": host = iterator.next() ?? host
            case "--port": port = iterator.next().flatMap { Int($0) } ?? port
            case "--secure-cookies": secureCookies = true
            default: continue
            }
        }
    }
}
