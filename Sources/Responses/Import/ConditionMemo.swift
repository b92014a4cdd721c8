/// Outcomes of the questionnaire's conditions per combination of the answers they read, for loading large files:
/// a million rows of a real questionnaire hold a few hundred such combinations.
struct ConditionMemo {
    static let notLookedUp = -2
    static let unmemoised = -1
    /// Beyond this many combinations (free numbers or texts read by conditions) rows are evaluated one by one.
    static let capacity = 65_536

    private var slots: [[UInt8]: Int] = [:]
    /// Per slot and column: 0 not yet known, 1 asked, 2 not asked.
    private var outcomes: [UInt8] = []
    private var columns = 0
    /// Reused buffer for building keys without an allocation per row.
    var scratch: [UInt8] = []

    mutating func slot(for key: [UInt8], columns: Int) -> Int {
        if let slot = slots[key] { return slot }
        guard slots.count < Self.capacity else { return Self.unmemoised }
        self.columns = columns
        let slot = slots.count
        slots[key] = slot
        outcomes.append(contentsOf: repeatElement(0, count: columns))
        return slot
    }

    func outcome(slot: Int, column: Int) -> Bool? {
        switch outcomes[slot * columns + column] {
        case 1: return true
        case 2: return false
        default: return nil
        }
    }

    mutating func record(_ asked: Bool, slot: Int, column: Int) {
        outcomes[slot * columns + column] = asked ? 1 : 2
    }
}
