/// The two number sequences the ledger keeps (rules.md "Letters", documents.md "Numbers").
enum NumberKind: String {
    case letter
    case notice
}
