/// How many times each byte value occurs. Runs of equal bytes (a column where most answers are the same) would chain
/// every increment to the previous one through memory; four interleaved tables break the chain.
public enum ByteHistogram {
    public static func counts(of bytes: [UInt8]) -> [Int] {
        var tables = [UInt32](repeating: 0, count: 4 * 256)
        var total = [Int](repeating: 0, count: 256)
        bytes.withUnsafeBufferPointer { bytes in
            tables.withUnsafeMutableBufferPointer { tables in
                var start = 0
                // UInt32 tables, emptied into `total` before any can overflow.
                while start < bytes.count {
                    let end = min(bytes.count, start + (1 << 30))
                    var k = start
                    while k + 4 <= end {
                        tables[Int(bytes[k])] &+= 1
                        tables[256 + Int(bytes[k + 1])] &+= 1
                        tables[512 + Int(bytes[k + 2])] &+= 1
                        tables[768 + Int(bytes[k + 3])] &+= 1
                        k += 4
                    }
                    while k < end { tables[Int(bytes[k])] &+= 1; k += 1 }
                    for value in 0..<256 {
                        total[value] += Int(tables[value]) + Int(tables[256 + value]) + Int(tables[512 + value]) + Int(tables[768 + value])
                    }
                    for index in tables.indices { tables[index] = 0 }
                    start = end
                }
            }
        }
        return total
    }
}
