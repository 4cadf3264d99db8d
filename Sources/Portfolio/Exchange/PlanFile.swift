import Foundation
import Yams

/// A plan in a YAML file a person can write and read: `mon plan import` reads
/// one, `mon plan export` writes one; docs/plan-format.md shows the format.
///
///     let draft = try PlanFile.read(path: "naeringsplan-2025-2028.yaml")
///     let yaml = try PlanFile.yaml(PlanDraft(outline))
///
/// The file is bounded so that a hostile one cannot exhaust memory or the
/// stack: its size, how deep its brackets nest, how many parts it has with its
/// aliases read out, and how many items each list has.
public enum PlanFile {
    /// 1 MiB: the 2021–2024 plan with its 51 strategies takes 11 KB.
    static let maxBytes = 1 << 20
    /// Flow brackets (`[`, `{`) open at once: a plan needs two or three.
    static let maxNesting = 64
    /// Keys, values and items, aliases counted each time they are used: the 2021–2024 plan has about 600.
    static let maxParts = 100_000
    static let maxAreas = 50
    static let maxGoals = 200
    static let maxStrategies = 100
    static let maxIndicators = 200
    static let maxValues = 500

    /// The plan in the file at `path`, or a refusal naming the file and the line.
    public static func read(path: String) throws -> PlanDraft {
        do {
            return try draft(from: try text(at: path))
        } catch let error as PortfolioError {
            throw error.located(in: path)
        }
    }

    /// The plan in `yaml`.
    static func draft(from yaml: String) throws -> PlanDraft {
        try checkNesting(yaml)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            throw PortfolioError.invalidInput(Message("plan.file.duplicate_key", ["keys": .text(duplicates.sorted().joined(separator: ", "))]))
                .located(line: context.mark.line)
        } catch let error as YamlError {
            throw PortfolioError.invalidInput(Message("plan.file.not_yaml")).located(line: line(of: error))
        }
        guard let root else { throw PortfolioError.invalidInput(Message("plan.file.empty")) }
        try checkSize(root)
        return try PlanFileReading.plan(root)
    }

    private static func text(at path: String) throws -> String {
        try FileKind.refuseDirectoryOrDevice(path, expected: Message("plan.file.kind"))
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw PortfolioError.storage(.unavailable, Message("import.cannot_read", ["path": .text(path)]))
        }
        defer { try? file.close() }
        let data: Data
        do {
            data = try file.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            throw PortfolioError.storage(.unavailable, Message("file.unreadable", ["path": .text(path)]))
        }
        guard data.count <= maxBytes else {
            throw PortfolioError.invalidInput(Message("plan.file.too_large", ["most": .text("1 MiB")]))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PortfolioError.invalidInput(Message("plan.file.not_utf8"))
        }
        return text
    }

    /// Refuses brackets nested deeper than a plan needs before the parser, which
    /// descends one call per level, sees them. Counted without regard to quotes,
    /// so a text full of brackets is refused too: no plan's text holds 64 of them unclosed.
    private static func checkNesting(_ yaml: String) throws {
        var depth = 0, line = 1
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            case UInt8(ascii: "\n"): line += 1
            default: continue
            }
            if depth > maxNesting {
                throw PortfolioError.invalidInput(Message("plan.file.too_deep", ["most": .integer(Int64(maxNesting))])).located(line: line)
            }
        }
    }

    /// Counts the parts of the tree, stopping at `maxParts`. An alias (`*a`) is read
    /// as its anchored part again, so a small file can stand for a tree far larger
    /// than itself: counting the tree as read, and stopping early, keeps that bounded.
    private static func checkSize(_ root: Node) throws {
        var count = 0
        func visit(_ node: Node) throws {
            count += 1
            guard count <= maxParts else {
                throw PortfolioError.invalidInput(Message("plan.file.too_many_parts", ["most": .integer(Int64(maxParts))]))
                    .located(line: node.mark?.line)
            }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping {
                    try visit(key)
                    try visit(value)
                }
            case let .sequence(sequence):
                for item in sequence { try visit(item) }
            case .scalar, .alias:
                return
            }
        }
        try visit(root)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return nil
        }
    }
}
