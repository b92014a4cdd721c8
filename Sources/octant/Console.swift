import Foundation
import Support

enum Environment {
    /// French unless the environment asks for another language: Octant's users are French.
    static var language: Language {
        let env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty, value != "C", value != "POSIX", !value.hasPrefix("C.") {
                return Language(forCode: value)
            }
        }
        return .fr
    }
}

/// Writes to the standard streams without buffering surprises.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
