import XCTest
@testable import Analysis
@testable import Reports
import Questionnaire
import Statistics

final class ReportBuilderTests: XCTestCase {
    func report(_ language: Language = .fr) -> Report {
        ReportBuilder(survey: SmallDataset.survey, data: SmallDataset.table, options: ReportOptions(language: language)).build()
    }

    func testPrintTerminal() {
        print(TerminalRenderer().render(DocumentBuilder(report: report()).build()))
    }
}
