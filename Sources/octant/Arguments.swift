import Foundation
import Questionnaire
import Support

/// The command line split into a command, its options and its operands.
struct Arguments {
    var command: String?
    var operands: [String] = []
    /// Options with a value (`--lang fr`, `--lang=fr`), the last one winning; repeatable ones keep all values.
    var values: [String: [String]] = [:]
    var flags: Set<String> = []

    /// Options that take a value; every other `--name` is a flag.
    static let valued: Set<String> = ["lang", "data", "to", "wave", "mode", "by", "posthoc", "test", "format", "output",
                                      "respondents", "seed", "change", "separator", "minimum", "invalid", "targets",
                                      "waves", "effect", "attrition", "code-errors"]

    struct UsageError: Error { var message: @Sendable (Language) -> String }

    init(_ raw: [String]) throws {
        var index = 0
        var onlyOperands = false
        while index < raw.count {
            let word = raw[index]
            index += 1
            if onlyOperands || !word.hasPrefix("-") || word == "-" {
                if command == nil { command = word } else { operands.append(word) }
                continue
            }
            if word == "--" { onlyOperands = true; continue }
            if word == "-h" { flags.insert("help"); continue }
            guard word.hasPrefix("--") else {
                throw UsageError { l in l.pick(fr: "option inconnue « \(word) »", en: "unknown option '\(word)'") }
            }
            let option = String(word.dropFirst(2))
            let equal = option.firstIndex(of: "=")
            let name = equal.map { String(option[..<$0]) } ?? option
            var value = equal.map { String(option[option.index(after: $0)...]) }
            if Self.valued.contains(name) {
                if value == nil {
                    guard index < raw.count else {
                        throw UsageError { l in l.pick(fr: "l'option --\(name) attend une valeur", en: "option --\(name) needs a value") }
                    }
                    value = raw[index]
                    index += 1
                }
                values[name, default: []].append(value!)
            } else {
                if value != nil {
                    throw UsageError { l in l.pick(fr: "l'option --\(name) ne prend pas de valeur", en: "option --\(name) takes no value") }
                }
                flags.insert(name)
            }
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }

    /// Rejects options the command does not know, so that a typo is never silently ignored.
    func allow(_ known: Set<String>) throws {
        let given = Set(values.keys).union(flags)
        if let unknown = given.subtracting(known.union(["lang", "help"])).sorted().first {
            throw UsageError { l in l.pick(fr: "option inconnue « --\(unknown) »", en: "unknown option '--\(unknown)'") }
        }
    }

    /// The interface language: `--lang`, else the questionnaire's, else the environment's.
    func language(questionnaireLanguage: String? = nil) throws -> Language {
        if let code = value("lang") {
            guard let language = Language(rawValue: code) else {
                throw UsageError { l in l.pick(fr: "langue inconnue « \(code) » (fr ou en)", en: "unknown language '\(code)' (fr or en)") }
            }
            return language
        }
        if let questionnaireLanguage { return Language(forCode: questionnaireLanguage) }
        return Environment.language
    }
}

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
