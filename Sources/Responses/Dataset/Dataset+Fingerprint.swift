import Foundation
import Support

extension Dataset {
    /// SHA-256, in hexadecimal, over the SHA-256 of each block of 65,536 rows (each row: its session id, status and
    /// wave), then the wave names: two reports with the same fingerprint read the same sessions. Blocks are hashed
    /// on every core. (Answers corrected inside a session do not change it: the journal's own lines say when.)
    public var fingerprint: String {
        let block = 65_536
        let blocks = (rowCount + block - 1) / block
        let digests = ParallelSlots<[UInt8]>(count: blocks, empty: [])
        DispatchQueue.concurrentPerform(iterations: blocks) { index in
            digests.set(index, rowsDigest(index * block..<min(rowCount, (index + 1) * block)))
        }
        var hash = SHA256()
        for index in 0..<blocks { hash.update(digests.get(index)) }
        for name in headers.waveNames { hash.update(Array(name.utf8) + [0]) }
        return SHA256.hexString(hash.finalize())
    }

    private func rowsDigest(_ rows: Range<Int>) -> [UInt8] {
        var hash = SHA256()
        let rowBytes = 19
        var bytes = [UInt8](repeating: 0, count: min(rows.count, 4096) * rowBytes)
        var row = rows.lowerBound
        while row < rows.upperBound {
            let end = min(rows.upperBound, row + 4096)
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
        return hash.finalize()
    }
}
