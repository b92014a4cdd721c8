import Support
import XCTest

final class LocalizedTests: XCTestCase {
    func testEachLanguageFollowsItsOwnPluralRule() {
        let texts = [0, 1, 2].map { n in Localized.plural(n, fr: ("\(n) répondant", "\(n) répondants"), en: ("\(n) respondent", "\(n) respondents")) }
        XCTAssertEqual(texts.map(\.fr), ["0 répondant", "1 répondant", "2 répondants"])
        XCTAssertEqual(texts.map(\.en), ["0 respondents", "1 respondent", "2 respondents"])
    }

    enum Sample: MessageCatalogue {
        case plain
        case counted(Int), named(String) // two on a line
        case forgotten

        var localized: Localized {
            switch self {
            case .plain: return Localized(fr: "simple", en: "plain")
            case .counted(let n): return .plural(n, fr: ("\(n) fois", "\(n) fois"), en: ("once", "\(n) times"))
            case .named(let name): return Localized(fr: "« \(name) »", en: "")
            case .forgotten: return Localized(invariant: "x")
            }
        }

        static let samples: [Sample] = [.plain, .counted(2), .named("a")]
    }

    func testTheAuditFindsCasesWithoutSamplesAndEmptyTexts() {
        let source = """
            case plain
            case counted(Int), named(String) // two on a line
            case forgotten
            switch self { case .plain: break }
        """
        let audit = CatalogueAudit<Sample>(source: source)
        XCTAssertEqual(audit.declaredCases, ["plain", "counted", "named", "forgotten"])
        XCTAssertEqual(audit.casesWithoutSample, ["forgotten"])
        XCTAssertEqual(audit.emptyTexts, ["named (en)"])
    }
}
