extension Dataset {
    /// SHA-256, in hexadecimal, of every row's session id, status and wave, in order, then the wave names: two
    /// reports with the same fingerprint read the same sessions. (Answers corrected inside a session do not change
    /// it: the journal's own lines say when.)
    public var fingerprint: String {
        var hash = SHA256()
        let rowBytes = 19
        var bytes = [UInt8](repeating: 0, count: min(rowCount, 4096) * rowBytes)
        var row = 0
        while row < rowCount {
            let end = min(rowCount, row + 4096)
            for index in row..<end {
                let id = sessionIDs[index], base = (index - row) * rowBytes
                for byte in 0..<8 {
                    bytes[base + byte] = UInt8(truncatingIfNeeded: id.high >> UInt64(56 - 8 * byte))
                    bytes[base + 8 + byte] = UInt8(truncatingIfNeeded: id.low >> UInt64(56 - 8 * byte))
                }
                bytes[base + 16] = statuses[index] == .complete ? 1 : 0
                let wave = headers.waveIndexes[index]
                bytes[base + 17] = UInt8(truncatingIfNeeded: wave >> 8)
                bytes[base + 18] = UInt8(truncatingIfNeeded: wave)
            }
            hash.update(bytes[0..<((end - row) * rowBytes)])
            row = end
        }
        for name in headers.waveNames { hash.update(Array(name.utf8) + [0]) }
        return SHA256.hexString(hash.finalize())
    }
}
