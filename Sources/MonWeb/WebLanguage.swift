import Portfolio

/// The reader's language from the browser's `Accept-Language`: the first range, by weight, that names
/// Norwegian (nb, nn, no) or English; bokmål when none does, since the portfolio is Norwegian.
///
///     WebLanguage.from(acceptLanguage: "en-GB,en;q=0.9,nb;q=0.8")   // .english
enum WebLanguage {
    static func from(acceptLanguage header: String?) -> Language {
        guard let header else { return .bokmal }
        let ranges = header.split(separator: ",").enumerated().map { index, part -> (tag: String, weight: Double, index: Int) in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let weight = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (pieces.first?.lowercased() ?? "", weight, index)
        }
        let ordered = ranges.filter { $0.weight > 0 }.sorted { ($0.weight, -$0.index) > ($1.weight, -$1.index) }
        for range in ordered {
            let primary = range.tag.split(separator: "-").first.map(String.init) ?? range.tag
            if ["nb", "nn", "no"].contains(primary) { return .bokmal }
            if primary == "en" { return .english }
        }
        return .bokmal
    }
}
