/// `octant export --csv`: the two CSV conventions users meet. The French one is what a French Excel or LibreOffice
/// opens directly; the international one is what R, Python and English spreadsheets read by default.
enum CSVDialect: String, CaseIterable, Sendable {
    case french, international
}
