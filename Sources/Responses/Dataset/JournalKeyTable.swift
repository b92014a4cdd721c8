/// The journal keys a codebook reads (`aise.perso`, a multiple choice's question id…), found from the bytes of a line
/// without making a String: an open-addressing table on FNV-1a hashes, compared byte for byte.
struct JournalKeyTable: Sendable {
    let keys: [String]
    private let keyBytes: [[UInt8]]
    private let slots: [Int32]
    private let mask: Int

    init(keys: [String]) {
        var unique: [String] = []
        var seen = Set<String>()
        for key in keys where seen.insert(key).inserted { unique.append(key) }
        self.keys = unique
        keyBytes = unique.map { Array($0.utf8) }
        var size = 16
        while size < unique.count * 4 { size <<= 1 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (index, bytes) in keyBytes.enumerated() {
            var slot = Self.hash(bytes[...]) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    var count: Int { keys.count }

    /// The index of the key these bytes spell, or nil for a key the codebook does not read.
    func index(of bytes: ArraySlice<UInt8>) -> Int? {
        var slot = Self.hash(bytes) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if keyBytes[index].elementsEqual(bytes) { return index }
            slot = (slot + 1) & mask
        }
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
