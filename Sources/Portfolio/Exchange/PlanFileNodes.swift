import Yams

/// One YAML mapping of a plan file, read key by key: a key the part does not
/// have, a key given twice, a missing key or a value of the wrong shape is
/// refused with the line it stands on.
///
///     let map = try PlanFileMap(node, allowed: ["number", "title", "description", "goals"])
///     let title = try map.text("title")
struct PlanFileMap {
    private let values: [String: Node]
    private let keyLines: [String: Int]
    /// The line the mapping starts on.
    let line: Int?

    init(_ node: Node, allowed: [String]) throws {
        guard case let .mapping(mapping) = node else {
            throw PlanFileMap.refusal("plan.file.not_mapping", [:], at: node)
        }
        var values: [String: Node] = [:], lines: [String: Int] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            guard allowed.contains(key) else {
                throw PlanFileMap.refusal("plan.file.unknown_key", ["key": .text(key), "keys": .text(allowed.joined(separator: ", "))], at: keyNode)
            }
            guard values[key] == nil else {
                throw PlanFileMap.refusal("plan.file.key_twice", ["key": .text(key)], at: keyNode)
            }
            values[key] = value
            lines[key] = keyNode.mark?.line
        }
        self.values = values
        self.keyLines = lines
        self.line = node.mark?.line
    }

    /// The line each key stands on.
    var lines: [String: Int] { keyLines }

    /// The value of a key that must be there.
    func node(_ key: String) throws -> Node {
        guard let value = values[key] else {
            throw PortfolioError.invalidInput(Message("plan.file.key_missing", ["key": .text(key)])).located(line: line)
        }
        return value
    }

    /// A text that must be given: the scalar as written, whatever YAML would make of it (`1.1` stays `1.1`).
    func text(_ key: String) throws -> String {
        try Self.scalar(try node(key), key: key)
    }

    /// A text that may be left out or empty.
    func optionalText(_ key: String) throws -> String? {
        guard let value = values[key] else { return nil }
        if case let .scalar(scalar) = value, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return nil }
        return try Self.scalar(value, key: key)
    }

    /// A name that must be given, checked as `Text.name` checks it.
    func name(_ key: String, of what: Message.Key) throws -> String {
        let text = try text(key)
        return try Self.located(at: values[key]!) { try Text.name(text, of: what) }
    }

    /// Free text that may be left out, checked as `Text.freeText` checks it.
    func freeText(_ key: String, of what: Message.Key) throws -> String? {
        guard let node = values[key] else { return nil }
        let text = try optionalText(key)
        return try Self.located(at: node) { try Text.freeText(text, of: what) }
    }

    /// A whole number within `bound`.
    func integer(_ key: String, _ bound: Bound<Int>) throws -> Int {
        let value = try node(key)
        guard let number = Int(try Self.scalar(value, key: key)) else {
            throw Self.refusal("plan.file.not_integer", ["key": .text(key)], at: value)
        }
        return try Self.located(at: value) { try bound.check(number) }
    }

    /// A finite number within `bound`; `13278`, `1.5` or `-2`.
    func number(_ key: String, _ bound: Bound<Double>) throws -> Double {
        let value = try node(key)
        guard let number = Double(try Self.scalar(value, key: key)), number.isFinite else {
            throw Self.refusal("plan.file.not_number", ["key": .text(key)], at: value)
        }
        return try Self.located(at: value) { try bound.check(number) }
    }

    /// A date, ISO or Norwegian, when given.
    func day(_ key: String) throws -> Day? {
        guard let text = try optionalText(key) else { return nil }
        return try Self.located(at: values[key]!) { try Day(parsing: text) }
    }

    /// The items of a list that may be left out, each read by `read`; at most `most` of them.
    func list<T>(_ key: String, most: Int, _ read: (Node) throws -> T) throws -> [T] {
        guard let value = values[key] else { return [] }
        guard case let .sequence(sequence) = value else {
            throw Self.refusal("plan.file.not_list", ["key": .text(key)], at: value)
        }
        guard sequence.count <= most else {
            throw Self.refusal("plan.file.too_many", ["key": .text(key), "most": .integer(Int64(most))], at: value)
        }
        return try sequence.map(read)
    }

    /// Any refusal from reading a value, placed on the value's line.
    static func located<T>(at node: Node, _ read: () throws -> T) throws -> T {
        do {
            return try read()
        } catch let error as PortfolioError {
            throw error.located(line: node.mark?.line)
        }
    }

    private static func scalar(_ node: Node, key: String) throws -> String {
        guard case let .scalar(scalar) = node else {
            throw refusal("plan.file.not_text", ["key": .text(key)], at: node)
        }
        return scalar.string
    }

    static func refusal(_ key: Message.Key, _ arguments: [String: Message.Argument], at node: Node) -> PortfolioError {
        PortfolioError.invalidInput(Message(key, arguments)).located(line: node.mark?.line)
    }
}
