/// The extension records (type 7), in increasing subtype as the format requires: machine integer info (3, declaring
/// UTF-8 as code page 65001), machine floating-point info (4), variable display parameters (11), long variable names
/// (13), character encoding (20) and, when a string wider than 8 bytes has value labels, long string value labels (21).
/// Format: PSPP developers' guide, chapter "System File Format" (https://www.gnu.org/software/pspp/pspp-dev/).
extension SystemFile {
    func writeExtensionRecords(_ layout: SystemFileLayout, to out: inout SystemFileBytes) {
        // 3: version 1.0.0, machine code -1, IEEE 754, compression code 1, little-endian, UTF-8.
        Self.extensionHeader(subtype: 3, size: 4, count: 8, to: &out)
        for value: Int32 in [1, 0, 0, -1, 1, 1, 2, 65001] { out.int32(value) }

        Self.extensionHeader(subtype: 4, size: 8, count: 3, to: &out)
        out.float64(SystemFileBytes.sysmis)
        out.float64(SystemFileBytes.highest)
        out.float64(SystemFileBytes.lowest)

        // 11: measure, width and alignment of every variable (none for continuation records).
        Self.extensionHeader(subtype: 11, size: 4, count: 3 * layout.variables.count, to: &out)
        for variable in layout.variables {
            out.int32(variable.source.measure.rawValue)
            out.int32(variable.source.displayWidth)
            out.int32(variable.source.alignment.rawValue)
        }

        // 13: SHORT=long pairs separated by tabs.
        let names = layout.variables.map { "\($0.shortName)=\($0.source.name)" }.joined(separator: "\t")
        Self.textRecord(subtype: 13, Array(names.utf8), to: &out)

        Self.textRecord(subtype: 20, Array("UTF-8".utf8), to: &out)

        let longLabelled = layout.variables.filter { $0.isLongString && !$0.valueLabels.isEmpty }
        if !longLabelled.isEmpty {
            var body = SystemFileBytes()
            for variable in longLabelled {
                let name = Array(variable.source.name.utf8)
                body.int32(name.count)
                body.raw(name)
                body.int32(variable.width)
                body.int32(variable.valueLabels.count)
                for (value, label) in variable.valueLabels {
                    body.int32(value.count)
                    body.raw(value)
                    body.int32(label.count)
                    body.raw(label)
                }
            }
            Self.textRecord(subtype: 21, body.bytes, to: &out)
        }
    }

    static func extensionHeader(subtype: Int32, size: Int32, count: Int, to out: inout SystemFileBytes) {
        out.int32(7)
        out.int32(subtype)
        out.int32(size)
        out.int32(count)
    }

    /// An extension record of `data.count` one-byte elements.
    static func textRecord(subtype: Int32, _ data: [UInt8], to out: inout SystemFileBytes) {
        extensionHeader(subtype: subtype, size: 1, count: data.count, to: &out)
        out.raw(data)
    }
}
