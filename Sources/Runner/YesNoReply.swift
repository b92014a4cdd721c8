/// The replies taken as "yes" at a confirmation (pause, warning): either language, so a bilingual mediator never
/// has to think about which letter the screen is in.
enum YesNoReply {
    static func isYes(_ text: String) -> Bool { ["o", "oui", "y", "yes"].contains(text.lowercased()) }
    static func isNo(_ text: String) -> Bool { ["n", "non", "no"].contains(text.lowercased()) }
}
