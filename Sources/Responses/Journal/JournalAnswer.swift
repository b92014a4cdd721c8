import Foundation
import Questionnaire

/// What the journal records for a question: a typed answer, or an explicit skip by the respondent.
/// (A question hidden by an earlier answer is not a skip: see `JournalEventKind.clearedNotAsked`.)
public enum JournalAnswer: Hashable, Sendable {
    case value(AnswerValue)
    case skipped
}

/// The stable JSON form of an answer, one key naming its kind:
/// `{"point":6}`, `{"choice":"oui"}`, `{"choice":"autre","other":"…"}`, `{"choices":["a","b"]}`, `{"number":"12.5"}`,
/// `{"text":"…"}`, `{"escape":"nsp"}`, `{"skipped":true}`. Numbers are exact decimal text, never a binary float.
extension JournalAnswer: Codable {
    private enum CodingKeys: String, CodingKey {
        case point, choice, choices, other, number, text, escape, skipped
    }

    private static let kindKeys: [CodingKeys] = [.point, .choice, .choices, .number, .text, .escape, .skipped]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .skipped:
            try container.encode(true, forKey: .skipped)
        case .value(.scalePoint(let point)):
            try container.encode(point, forKey: .point)
        case .value(.choice(let code, let other)):
            try container.encode(code, forKey: .choice)
            try container.encodeIfPresent(other, forKey: .other)
        case .value(.choices(let codes, let other)):
            try container.encode(codes, forKey: .choices)
            try container.encodeIfPresent(other, forKey: .other)
        case .value(.number(let number)):
            guard let text = ExactDecimalText.text(of: number) else {
                throw EncodingError.invalidValue(number, .init(codingPath: encoder.codingPath + [CodingKeys.number],
                                                               debugDescription: "a number answer must be finite"))
            }
            try container.encode(text, forKey: .number)
        case .value(.text(let text)):
            try container.encode(text, forKey: .text)
        case .value(.escape(let code)):
            try container.encode(code, forKey: .escape)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let present = Self.kindKeys.filter { container.contains($0) }
        guard present.count == 1, let kind = present.first else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "an answer needs exactly one kind key"))
        }
        if container.contains(.other), kind != .choice, kind != .choices {
            throw DecodingError.dataCorruptedError(forKey: .other, in: container,
                                                   debugDescription: "\"other\" belongs to a choice answer")
        }
        switch kind {
        case .point:
            self = .value(.scalePoint(try container.decode(Int.self, forKey: .point)))
        case .choice:
            self = .value(.choice(try container.decode(String.self, forKey: .choice),
                                  other: try container.decodeIfPresent(String.self, forKey: .other)))
        case .choices:
            self = .value(.choices(try container.decode([String].self, forKey: .choices),
                                   other: try container.decodeIfPresent(String.self, forKey: .other)))
        case .number:
            let text = try container.decode(String.self, forKey: .number)
            guard let number = ExactDecimalText.decimal(from: text) else {
                throw DecodingError.dataCorruptedError(forKey: .number, in: container,
                                                       debugDescription: "not an exact decimal number: \(text)")
            }
            self = .value(.number(number))
        case .text:
            self = .value(.text(try container.decode(String.self, forKey: .text)))
        case .escape:
            self = .value(.escape(try container.decode(String.self, forKey: .escape)))
        case .skipped:
            guard try container.decode(Bool.self, forKey: .skipped) else {
                throw DecodingError.dataCorruptedError(forKey: .skipped, in: container,
                                                       debugDescription: "\"skipped\" can only be true")
            }
            self = .skipped
        case .other:
            preconditionFailure("\"other\" is not a kind key")
        }
    }
}

/// Decimal numbers as plain text (`-12.5`, `0.001`): an optional minus sign, digits, optionally a point and digits.
/// Locale-free on purpose: a French machine must not write `12,5` into a journal read elsewhere.
package enum ExactDecimalText {
    private static let posix = Locale(identifier: "en_US_POSIX")

    package static func text(of number: Decimal) -> String? {
        guard number.isFinite else { return nil }
        let text = NSDecimalNumber(decimal: number).description(withLocale: posix)
        return isPlainDecimal(text) ? text : nil
    }

    package static func decimal(from text: String) -> Decimal? {
        guard isPlainDecimal(text), let number = Decimal(string: text, locale: posix), number.isFinite else { return nil }
        return number
    }

    package static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { (0x30...0x39).contains($0) } }
    }
}
