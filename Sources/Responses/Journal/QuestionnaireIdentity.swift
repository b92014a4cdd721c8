import Foundation

/// Which questionnaire an event was collected with: its id, its declared version, and the SHA-256 of its source text.
/// The hash is what really identifies the form: a version label can be reused by mistake, the source text cannot lie.
public struct QuestionnaireIdentity: Hashable, Sendable, Codable {
    public var id: String
    public var version: String
    /// Lowercase hexadecimal SHA-256 of the questionnaire's source text (64 characters).
    public var sourceHash: String

    public init(id: String, version: String, sourceHash: String) {
        self.id = id
        self.version = version
        self.sourceHash = sourceHash
    }

    /// Identity of a questionnaire from its source text, hashed as UTF-8.
    public init(id: String, version: String, sourceText: String) {
        self.init(id: id, version: version, sourceHash: SHA256.hexDigest(of: sourceText))
    }

    private enum CodingKeys: String, CodingKey {
        case id, version, sourceHash = "sha256"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        version = try container.decode(String.self, forKey: .version)
        sourceHash = try container.decode(String.self, forKey: .sourceHash)
        let isLowerHex = sourceHash.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        guard sourceHash.utf8.count == 64, isLowerHex else {
            throw DecodingError.dataCorruptedError(forKey: .sourceHash, in: container,
                                                   debugDescription: "sha256 must be 64 lowercase hexadecimal digits")
        }
    }
}
