extension Catalogue {
    /// The ledger and what mon doctor says of it.
    static let englishLedger: KeyValuePairs<Message.Key, String> = [
        "doctor.check.ledger": "ledger",
        "doctor.ledger.sound": "{grants} and {days} agree with the grants, payments and allocations, and each fund's total with its days",
        "doctor.ledger.grants.one": "{count} grant",
        "doctor.ledger.grants.other": "{count} grants",
        "doctor.ledger.days.one": "{count} fund day",
        "doctor.ledger.days.other": "{count} fund days",
        "doctor.ledger.grant_missing": "grant {grant} is missing from the ledger",
        "doctor.ledger.grant_extra": "the ledger holds grant {grant}, which is annulled or no longer there",
        "doctor.ledger.grant_differs": "grant {grant}: {figure} is {stored} in the ledger but {real} by the grant and its payments",
        "doctor.ledger.day_differs": "{fund}, {day}: {figure} is {stored} in the ledger but {real} by the allocations, grants and payments",
        "doctor.ledger.total_differs": "{fund}: {figure} in total is {stored} in the ledger but {real} by the fund's days",
        "doctor.ledger.none": "none",
        "doctor.ledger.figure.fund_id": "the fund",
        "doctor.ledger.figure.received_on": "the day received",
        "doctor.ledger.figure.approved_on": "the day approved",
        "doctor.ledger.figure.released_on": "the day released",
        "doctor.ledger.figure.allocated_ore": "allocated",
        "doctor.ledger.figure.applied_ore": "applied for",
        "doctor.ledger.figure.granted_ore": "granted",
        "doctor.ledger.figure.paid_ore": "paid",
        "doctor.ledger.figure.repaid_ore": "repaid",
        "doctor.ledger.figure.released_ore": "released",
    ]
}
