// Loads the benchmark CSV into a Dataset and prints what it found; compiled by run.sh with swiftc -O.
import Foundation
import Questionnaire
import Responses

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: bench SURVEY CSV\n".utf8))
    exit(2)
}
let parse = QuestionnaireParser.parse(text: try String(contentsOfFile: arguments[1], encoding: .utf8))
guard !parse.hasErrors else { print(parse.errors); exit(1) }
let codebook = Codebook(parse.survey)
let start = DispatchTime.now().uptimeNanoseconds
let (dataset, issues) = try Dataset.load(csv: URL(fileURLWithPath: arguments[2]), codebook: codebook)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let first = dataset.columnIndex(named: "b1.i1")!, service = dataset.columnIndex(named: "service")!
let answered = dataset.answeredValues(column: first).values
let counts = dataset.pointCounts(scale: first, groupedBy: service)!
let missing = dataset.missingCounts(column: first)
print(String(format: "rows %d, columns %d, issues %d, load %.3f s", dataset.rowCount, dataset.variables.count, issues.count, seconds))
print(String(format: "b1.i1: mean %.4f over %d answers; nsp %d; skipped %d; not reached %d; group accueil n=%d",
             answered.reduce(0, +) / Double(answered.count), answered.count, missing.escapes["nsp"] ?? 0,
             missing.reasons[.skipped] ?? 0, missing.reasons[.notReached] ?? 0, counts[1].reduce(0, +)))
