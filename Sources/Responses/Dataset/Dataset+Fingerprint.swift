extension Dataset {
    /// SHA-256, in hexadecimal, of every row's session id, status and wave, in order: two reports with the same
    /// fingerprint read the same sessions. (Answers corrected inside a session do not change it: the journal's own
    /// lines say when.)
    public var fingerprint: String {
        var hash = SHA256()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(4096)
        for row in 0..<rowCount {
            let id = sessionIDs[row]
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: id.high >> UInt64(shift))) }
            for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: id.low >> UInt64(shift))) }
            bytes.append(statuses[row] == .complete ? 1 : 0)
            bytes.append(contentsOf: (wave(row: row) ?? "").utf8)
            bytes.append(0)
            if bytes.count >= 4000 { hash.update(bytes); bytes.removeAll(keepingCapacity: true) }
        }
        hash.update(bytes)
        return SHA256.hexString(hash.finalize())
    }
}
