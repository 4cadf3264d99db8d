/// How one kind of result is laid out, described once: its columns — each a key
/// programs read (the JSON key and CSV header, snake_case), a header a person
/// reads, and a typed cell — and the parts nested in its JSON (a grant's
/// payments, a ranked project's breakdown). The table, CSV, Markdown and JSON
/// of a result are all made from its layout, so they cannot drift apart; a
/// column's header is the catalogue entry `header.<key>`, in every language.
///
///     let layout = Layout<FundStatus>([
///         Column("fund") { .text($0.fund) },
///         Column("allocated") { .money($0.allocated) },
///     ])
///     layout.table(statuses).csv(.standard)   // fund,allocated …
///     layout.json(statuses).text              // [{"fund": …, "allocated": …}]
public struct Layout<Value>: Sendable {
    let columns: [Column<Value>]
    /// The columns a person sees, chosen once: a list of a hundred thousand rows asks for them every row.
    private let personColumns: [Column<Value>]
    /// Each column's cell alone, for a person and for programs: a row's cells are made from these, as a
    /// column, generic over the value, would be copied through its type's metadata, a column at a time.
    private let personCells: [@Sendable (Value) -> Cell]
    private let allCells: [@Sendable (Value) -> Cell]
    let parts: [Part<Value>]

    public init(_ columns: [Column<Value>], parts: [Part<Value>] = []) {
        self.columns = columns
        personColumns = columns.filter { !$0.forPrograms }
        personCells = personColumns.map(\.cell)
        allCells = columns.map(\.cell)
        self.parts = parts
    }

    /// The values as rows of cells: what a table, CSV and Markdown show; for a
    /// person without the columns that repeat another in words for programs, nor
    /// those JSON leaves out when empty and every row leaves empty (a fund's
    /// status over all years has no year).
    public func table(_ values: [Value], forPerson: Bool = false) -> Table {
        let shown = shownColumns(forPerson: forPerson).filter { column in
            !(forPerson && column.omittedWhenNull && !values.isEmpty && values.allSatisfy { column.cell($0) == .null })
        }
        return Table(columns: shown.map(\.key), headers: shown.map(\.header), rows: values.map { value in shown.map { $0.cell(value) } })
    }

    /// One value's cells, as `table` lays them out: for printing rows as they are read.
    ///
    ///     layout.cells(grant, forPerson: true)   // [.integer(7), .code("approved", …), …]
    public func cells(_ value: Value, forPerson: Bool = false) -> [Cell] {
        var row: [Cell] = []
        row.reserveCapacity(forPerson ? personCells.count : allCells.count)
        forEachCell(value, forPerson: forPerson) { row.append($0) }
        return row
    }

    /// One value's cells handed to `body` one by one, in the order of `cells`, with no row of them made:
    /// a table takes each where it is (a list of a year's grants is a hundred thousand rows).
    public func forEachCell(_ value: Value, forPerson: Bool = false, _ body: (Cell) -> Void) {
        for cell in forPerson ? personCells : allCells { body(cell(value)) }
    }

    private func shownColumns(forPerson: Bool) -> [Column<Value>] {
        forPerson ? personColumns : columns
    }

    /// The values as a JSON array of objects.
    public func json(_ values: [Value]) -> JSON {
        .array(values.map(json))
    }

    /// One value as a JSON object: its columns in order, then each part after the
    /// column it follows (at the end when it follows none). A part with a column's
    /// key stands in for that column, which is its summary in a table.
    public func json(_ value: Value) -> JSON {
        .object(members(value))
    }

    /// The values as one JSON object, keyed by the text of the column `key`
    /// (a breakdown: criterion → its figures).
    public func json(_ values: [Value], keyedBy key: String) -> JSON {
        guard let column = columns.first(where: { $0.key == key }) else { return json(values) }
        return .object(values.map { value in (column.cell(value).plain, .object(members(value).filter { $0.0 != key })) })
    }

    /// The titled tables a person reads below the value itself.
    public func sections(_ value: Value) -> [(title: Message, table: Table)] {
        parts.flatMap { $0.sections?(value) ?? [] }
    }

    private func members(_ value: Value) -> [(String, JSON)] {
        let partKeys = Set(parts.filter { $0.json != nil }.map(\.key))
        var members: [(String, JSON)] = []
        func addParts(after key: String?) {
            members += parts.filter { $0.after == key }.compactMap { part in part.json.map { (part.key, $0(value)) } }
        }
        for column in columns {
            let cell = column.cell(value)
            if !partKeys.contains(column.key), !(column.omittedWhenNull && cell == .null) {
                members.append((column.key, cell.json))
            }
            addParts(after: column.key)
        }
        addParts(after: nil)
        return members
    }
}

/// One column of a layout.
///
///     Column("approved_on") { .optional($0.approvedOn) }
///     Column("year", omittedWhenNull: true) { $0.year.map(Cell.count) ?? .null }
public struct Column<Value>: Sendable {
    /// The JSON key and CSV header: snake_case, stable.
    let key: String
    /// What a person reads atop the column: the catalogue's `header.<key>`, or `header.<header>` when given.
    let header: Message
    /// JSON leaves the key out, rather than give null, when the cell is empty.
    let omittedWhenNull: Bool
    /// Only in CSV and JSON: it says in words what a person already reads in another column.
    let forPrograms: Bool
    let cell: @Sendable (Value) -> Cell

    public init(_ key: String, header: String? = nil, omittedWhenNull: Bool = false, forPrograms: Bool = false,
                _ cell: @escaping @Sendable (Value) -> Cell) {
        self.key = key
        self.header = Message(Message.Key(rawValue: "header." + (header ?? key)))
        self.omittedWhenNull = omittedWhenNull
        self.forPrograms = forPrograms
        self.cell = cell
    }
}

/// A part of a result nested in its JSON: a list laid out by a layout of its own,
/// or JSON made otherwise (a list of ids, an object keyed by name). A person may
/// see it as titled tables below the result; a part may be for a person only.
public struct Part<Value>: Sendable {
    let key: String
    /// The column this part follows in JSON; nil: after all of them.
    let after: String?
    let json: (@Sendable (Value) -> JSON)?
    let sections: (@Sendable (Value) -> [(title: Message, table: Table)])?

    /// JSON made by `json` (none: for a person only); `sections`, if given, is what a person sees of it.
    public init(_ key: String, after: String? = nil, json: (@Sendable (Value) -> JSON)?,
                sections: (@Sendable (Value) -> [(title: Message, table: Table)])? = nil) {
        self.key = key
        self.after = after
        self.json = json
        self.sections = sections
    }

    /// The items as a JSON array laid out by `layout`, and for a person a table
    /// titled by the catalogue's `section.<key>`, or `section.<title>` when given.
    ///
    ///     .list("payments", .payment) { $0.payments }   // titled "Payments", "Utbetalinger"
    public static func list<Item>(_ key: String, title: String? = nil, after: String? = nil, _ layout: Layout<Item>,
                                  _ items: @escaping @Sendable (Value) -> [Item]) -> Part {
        let title = Message(Message.Key(rawValue: "section." + (title ?? key)))
        return Part(key, after: after, json: { layout.json(items($0)) }, sections: { [(title, layout.table(items($0)))] })
    }
}
