extension Text {
    /// The reason a correction must give: free text (`freeText`), required, because
    /// history keeps it as the only account of why a record was set right.
    ///
    ///     let reason = try Text.correctionReason("Registrert to ganger")
    public static func correctionReason(_ text: String) throws -> String {
        guard let reason = try freeText(text, of: "text.what.correction_reason") else {
            throw PortfolioError.invalidInput(Message("correction.reason_empty"))
        }
        return reason
    }
}
