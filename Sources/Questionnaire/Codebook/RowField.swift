/// The columns every data file holds before the variables, in this order: which session, which wave, how far it
/// went, where and when. They are named here, beside the variables, because a question or a score may not take one
/// of these names: its column would be read back as the row's own (see `Problem.reservedColumnName`).
public enum RowField: String, CaseIterable, Sendable {
    case session, wave, status, device, started
}
