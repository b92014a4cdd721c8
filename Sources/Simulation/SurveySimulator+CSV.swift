import Foundation
import Questionnaire
import Responses

/// What `SurveySimulator.writeCSV` wrote.
public struct SimulatedCSV: Sendable {
    public var files: DatasetExport.Files
    public var rowCount: Int
    /// With targets: the published group means next to the synthetic ones (as `SurveySimulator.outcomes` gives them).
    public var targetOutcomes: [TargetOutcome]
}

extension SurveySimulator {
    /// Writes the synthetic sessions straight to the export's wide CSV, with its codebook, SPSS syntax and R script, instead
    /// of a journal: the files are byte for byte those of `write(to:)` followed by `octant export` of that journal, without
    /// the journal's cost (a million respondents are ~26 GB of JSON lines, and reading them back takes as long again).
    ///
    /// Each row goes the way it would from the journal: the session's events folded by `SessionState`, then
    /// `Dataset(sessions:codebook:)`, then the export's own encoding. Without targets, batches are generated, converted and
    /// encoded on every core and appended in index order, so memory stays bounded whatever the number of respondents.
    /// With targets, fitting the group means needs every session at once, as it does for a journal.
    @discardableResult
    public func writeCSV(to csvURL: URL, options exportOptions: ExportOptions = ExportOptions(),
                         batch: Int = 2_048) throws(SimulationError) -> SimulatedCSV {
        let generate: @Sendable (Int) -> SimulatedSession
        var targetOutcomes: [TargetOutcome] = []
        if let targets = options.targets {
            let sessions = try sessions()
            targetOutcomes = Self.outcomes(of: targets, answers: sessions.map(\.answers))
            generate = { sessions[$0] }
        } else {
            let generator = self.generator
            generate = { generator.session(index: $0) }
        }
        let codebook = Codebook(survey)
        let stream: DatasetCSVStream
        do throws(DatasetExport.ExportError) {
            stream = try DatasetCSVStream(codebook: codebook, to: csvURL, options: exportOptions)
        } catch {
            throw .export(error)
        }
        let encoder = stream.rowEncoder, device = deviceID, questionnaire = identity
        do throws(DatasetExport.ExportError) {
            try OrderedParallelBatches.run(count: options.respondents, batch: batch, produce: { range in
                let states = range.map { generate($0).state(device: device, questionnaire: questionnaire) }
                return encoder.encode(Dataset(sessions: states, codebook: codebook))
            }, consume: { rows throws(DatasetExport.ExportError) in try stream.append(rows) })
            return SimulatedCSV(files: try stream.finish(), rowCount: stream.rowCount, targetOutcomes: targetOutcomes)
        } catch {
            throw .export(error)
        }
    }
}
