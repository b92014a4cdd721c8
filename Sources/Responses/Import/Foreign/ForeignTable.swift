import Foundation
import Questionnaire
import Support

/// Something an import reader should know that is not an error.
public enum ImportWarning: Hashable, Sendable {
    case convertedFromWindows1252
    /// Questionnaire variables no column feeds: nothing was recorded for them ("not reached").
    case absentVariables([String])
    /// Columns left out: R's row names, the tools' own columns, the mapping's `ignore`.
    case ignoredColumns([String])

    public func message(_ language: Language) -> String { ResponsesMessage.importWarning(self).text(language) }
}

/// Another tool's export, read into Octant's own layout: the checking loader then reads it as it reads Octant's CSV,
/// and its problems are given back at the file's own lines and columns.
struct ForeignTable {
    var canonical: [UInt8] = []
    var issues: [ImportIssue] = []
    var warnings: [ImportWarning] = []
    /// The outside file's line of each canonical line (canonical lines are numbered from 1, the header first).
    var originalLines: [Int] = [1]
    /// Canonical column name → the outside column it comes from.
    var originalColumns: [String: String] = [:]
    /// Per row, the participant code read from the code columns (normalised as the runner does).
    var participantCodes: [String?] = []

    /// Whether `bytes` (valid UTF-8) holds a header Octant reads as it is: its own names only.
    static func isOctantLayout(_ header: [String], codebook: Codebook) -> Bool {
        let names = Set(codebook.variables.map(\.name))
        return header.allSatisfy { RowField(rawValue: $0) != nil || names.contains($0) || $0 == ExportLayout.personKeyField }
    }

    init(bytes: [UInt8], separator: UInt8, codebook: Codebook, mapping: ImportMapping) throws(CSVReadError) {
        let reader = CSVRecordReader(bytes: bytes)
        reader.separator = separator
        var fields: [CSVFieldSpan] = []
        guard try reader.next(&fields) else { return }
        let header = fields.map { reader.string($0) }
        var plan = ForeignPlan(header: header, codebook: codebook, mapping: mapping, line: reader.recordLine)
        issues += plan.issues
        warnings += plan.warnings
        originalColumns = plan.originalColumns
        let translator = CellTranslator(codebook: codebook, mapping: mapping)
        let format = CSVFormat.standard
        format.appendRecord(plan.canonicalHeader, to: &canonical)
        while try reader.next(&fields) {
            let cells = fields.map { reader.string($0) }
            if cells.count == 1, cells[0].isEmpty { continue }
            let row = plan.translate(cells, translator: translator, line: reader.recordLine, issues: &issues)
            participantCodes.append(row.code)
            let start = canonical.count
            format.appendRecord(row.cells, to: &canonical)
            let breaks = canonical[start...].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            for _ in 0..<breaks { originalLines.append(reader.recordLine) }
        }
    }

    /// A canonical issue moved to the outside file's line and column.
    func located(_ issue: ImportIssue) -> ImportIssue {
        var moved = issue
        if issue.line >= 1, issue.line <= originalLines.count { moved.line = originalLines[issue.line - 1] }
        if let column = originalColumns[issue.column] { moved.column = column }
        return moved
    }
}

/// What each outside column becomes, decided once from the header.
struct ForeignPlan {
    var targets: [ForeignTarget] = []
    var canonicalHeader: [String] = []
    var issues: [ImportIssue] = []
    var warnings: [ImportWarning] = []
    var originalColumns: [String: String] = [:]
    let codebook: Codebook
    let mapping: ImportMapping
    /// Canonical position of each variable fed, and of each row field.
    var position: [Int: Int] = [:]
    var fieldPosition: [RowField: Int] = [:]
    var sessionFromID = false
    /// The column whose cell is the tool's own row id: it may also feed another row field (Google's time stamp).
    var idColumn: Int?
    /// Per outside column, what each distinct cell became (canonical position and text): a web export repeats a few
    /// values a hundred thousand times, and folding each again is most of the work.
    var memo: [[String: [(Int, String)]]] = []
    /// Built once: a date formatter costs more than the rest of a row.
    var dateFormatters: [DateFormatter] = []

    init(header: [String], codebook: Codebook, mapping: ImportMapping, line: Int) {
        self.codebook = codebook
        self.mapping = mapping
        let matcher = ColumnMatcher(codebook: codebook)
        let ignoredByMapping = Set(mapping.ignored.map(ForeignText.fold))
        var ignored: [String] = []
        var fed = Set<Int>()
        var individuallyFed = Set<String>()
        for raw in header {
            let name = raw.trimmingCharacters(in: .whitespaces)
            let folded = ForeignText.fold(name)
            var target: ForeignTarget?
            if let mapped = mapping.columns[name] ?? mapping.columns.first(where: { ForeignText.fold($0.key) == folded })?.value {
                target = mapped == "ignore" ? .ignored : matcher.target(of: mapped)
                if target == nil { issues.append(ImportIssue(kind: .unknownColumn, line: line, column: name, value: mapped)) }
            } else if mapping.status?.column == name { target = .status
            } else if mapping.wave?.column == name { target = .wave
            } else if mapping.started?.column == name { target = .started
            } else if mapping.idColumn == name { target = .id
            } else if let element = mapping.codeColumns.firstIndex(of: name) { target = .codeElement(element)
            } else if name.isEmpty || ignoredByMapping.contains(folded) { target = .ignored
            } else if let found = matcher.target(of: name) { target = found
            } else if folded == "submitdate" && mapping.status == nil { target = .status
            } else if ColumnMatcher.toolColumns.contains(folded) { target = .ignored
            } else {
                issues.append(ImportIssue(kind: .unknownColumn, line: line, column: name, value: name))
                target = .ignored
            }
            if case .ignored = target { ignored.append(name.isEmpty ? "\"\"" : name) }
            if case .variable(let index) = target {
                if !fed.insert(index).inserted {
                    issues.append(ImportIssue(kind: .duplicatedColumn, line: line, column: name, value: name))
                    target = .ignored
                } else if case .indicator = codebook.variables[index].kind {
                    individuallyFed.insert(codebook.variables[index].questionId)
                }
            }
            targets.append(target ?? .ignored)
        }
        // The tool's row id: the mapping's, else KoboToolbox's `_uuid`, else LimeSurvey's `id`.
        let folded = header.map { ForeignText.fold($0.trimmingCharacters(in: .whitespaces)) }
        if let named = mapping.idColumn {
            idColumn = header.firstIndex { $0.trimmingCharacters(in: .whitespaces) == named }
        } else if let uuid = folded.firstIndex(of: "_uuid") {
            idColumn = uuid
        } else if folded.contains("submitdate"), let id = folded.firstIndex(of: "id") {
            idColumn = id
        }
        if let idColumn {
            if case .id = targets[idColumn] { targets[idColumn] = .ignored }
            let name = header[idColumn].trimmingCharacters(in: .whitespaces)
            ignored.removeAll { $0 == (name.isEmpty ? "\"\"" : name) }
        }
        // A multiple choice given both ways (Kobo's summary column and its 0/1 columns): the 0/1 columns win.
        for (offset, target) in targets.enumerated() {
            if case .joinedChoices(let question) = target, individuallyFed.contains(question) {
                targets[offset] = .ignored
                ignored.append(header[offset])
            }
        }
        if !ignored.isEmpty { warnings.append(.ignoredColumns(ignored)) }
        memo = Array(repeating: [:], count: targets.count)
        for format in [mapping.started?.format, "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd HH:mm:ss"].compactMap({ $0 }) {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: mapping.started?.zone ?? "UTC") ?? TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            dateFormatters.append(formatter)
        }
        layOut(header: header)
        let absent = codebook.variables.indices.filter { index in
            if case .score = codebook.variables[index].kind { return false }
            return position[index] == nil
        }
        if !absent.isEmpty { warnings.append(.absentVariables(absent.map { codebook.variables[$0].name })) }
    }

    /// The canonical columns: the row fields the file feeds, then every variable fed, in codebook order.
    mutating func layOut(header: [String]) {
        for (offset, target) in targets.enumerated() {
            switch target {
            case .variable(let index):
                position[index] = -1
                originalColumns[codebook.variables[index].name] = header[offset]
            case .joinedChoices(let question):
                for (index, variable) in codebook.variables.enumerated() where variable.questionId == question {
                    position[index] = -1
                    originalColumns[variable.name] = header[offset]
                }
            case .field(let field): fieldPosition[field] = -1; originalColumns[field.rawValue] = header[offset]
            case .status: fieldPosition[.status] = -1; originalColumns[RowField.status.rawValue] = header[offset]
            case .wave: fieldPosition[.wave] = -1; originalColumns[RowField.wave.rawValue] = header[offset]
            case .started: fieldPosition[.started] = -1; originalColumns[RowField.started.rawValue] = header[offset]
            case .id, .codeElement, .ignored: break
            }
        }
        if let idColumn {
            fieldPosition[.session] = -1
            sessionFromID = true
            originalColumns[RowField.session.rawValue] = header[idColumn]
        }
        // A choice with an "autre, précisez" option keeps a place for its text: a web form writes the text in place
        // of the choice.
        for index in Array(position.keys) {
            let variable = codebook.variables[index]
            guard case .choice = variable.kind,
                  let question = codebook.survey.questions.first(where: { $0.id == variable.questionId }),
                  let other = question.options.first(where: \.isOther),
                  let text = codebook.variables.firstIndex(where: { $0.questionId == question.id && $0.kind == .otherText(option: other.code) })
            else { continue }
            if position[text] == nil { position[text] = -1 }
        }
        for field in RowField.allCases where fieldPosition[field] != nil {
            fieldPosition[field] = canonicalHeader.count
            canonicalHeader.append(field.rawValue)
        }
        for index in codebook.variables.indices where position[index] != nil {
            position[index] = canonicalHeader.count
            canonicalHeader.append(codebook.variables[index].name)
        }
    }

    /// One outside record in Octant's layout, with its participant code.
    mutating func translate(_ cells: [String], translator: CellTranslator, line: Int, issues: inout [ImportIssue]) -> (cells: [String], code: String?) {
        var out = [String](repeating: "", count: canonicalHeader.count)
        var codeParts: [Int: String] = [:]
        for (offset, target) in targets.enumerated() where offset < cells.count {
            let cell = cells[offset]
            if let writes = memo[offset][cell] {
                for (position, text) in writes where out[position].isEmpty || !text.isEmpty { out[position] = text }
                continue
            }
            switch target {
            case .variable, .joinedChoices, .status, .wave, .started:
                // Worked out on a blank row, then remembered for this column when it raised no problem.
                var alone = [String](repeating: "", count: canonicalHeader.count)
                let before = issues.count
                translateCell(cell, target: target, translator: translator, line: line, into: &alone, issues: &issues)
                let writes = alone.indices.filter { !alone[$0].isEmpty || Self.isFed(target, position: $0, plan: self) }.map { ($0, alone[$0]) }
                for (position, text) in writes where out[position].isEmpty || !text.isEmpty { out[position] = text }
                if issues.count == before, memo[offset].count < 10_000 { memo[offset][cell] = writes }
            case .field(let field):
                out[fieldPosition[field]!] = cell
            case .codeElement(let element):
                codeParts[element] = cell
            case .id, .ignored:
                break
            }
        }
        if let idColumn, idColumn < cells.count, let at = fieldPosition[.session] {
            let id = cells[idColumn].trimmingCharacters(in: .whitespaces)
            out[at] = id.isEmpty ? "" : sessionID(for: id)
        }
        return (out, participantCode(codeParts, translator: translator))
    }

    /// Whether `position` is one a target writes even when empty (the variables it feeds).
    static func isFed(_ target: ForeignTarget, position: Int, plan: ForeignPlan) -> Bool {
        switch target {
        case .variable(let index): return plan.position[index] == position
        default: return false
        }
    }

    func translateCell(_ cell: String, target: ForeignTarget, translator: CellTranslator, line: Int, into out: inout [String],
                       issues: inout [ImportIssue]) {
            switch target {
            case .variable(let index):
                let value = translator.translate(cell, variable: index)
                let variable = codebook.variables[index]
                if case .choice = variable.kind, !translator.recognises(cell, variable: index),
                   let question = codebook.survey.questions.first(where: { $0.id == variable.questionId }),
                   let other = question.options.first(where: \.isOther),
                   let textIndex = codebook.variables.firstIndex(where: { $0.questionId == question.id && $0.kind == .otherText(option: other.code) }),
                   let textPosition = position[textIndex] {
                    // A web form writes what was typed in place of "Autre" (Google Forms).
                    out[position[index]!] = other.code
                    if out[textPosition].isEmpty { out[textPosition] = cell }
                } else {
                    out[position[index]!] = value
                }
            case .joinedChoices(let questionID):
                guard let question = codebook.survey.questions.first(where: { $0.id == questionID }) else { return }
                let indicators = codebook.variables.indices.filter {
                    if case .indicator = codebook.variables[$0].kind { return codebook.variables[$0].questionId == questionID }
                    return false
                }
                if translator.isMissing(cell) { return }
                let (codes, rest) = translator.splitChoices(cell, question: question)
                var chosen = codes
                if !rest.isEmpty {
                    if let other = question.options.first(where: \.isOther) {
                        chosen.append(other.code)
                        if let textIndex = codebook.variables.firstIndex(where: { $0.questionId == questionID && $0.kind == .otherText(option: other.code) }),
                           let textPosition = position[textIndex] { out[textPosition] = rest }
                    } else {
                        issues.append(ImportIssue(kind: .unknownOption(known: question.options.map(\.code)), line: line,
                                                  column: originalColumns[codebook.variables[indicators.first ?? 0].name] ?? questionID, value: rest))
                    }
                }
                for index in indicators {
                    guard case .indicator(let option) = codebook.variables[index].kind, let at = position[index] else { continue }
                    out[at] = chosen.contains(option) ? "1" : "0"
                }
            case .status:
                out[fieldPosition[.status]!] = statusValue(cell, translator: translator)
            case .wave:
                out[fieldPosition[.wave]!] = waveValue(cell)
            case .started:
                out[fieldPosition[.started]!] = startedValue(cell)
            case .field, .id, .codeElement, .ignored:
                break
            }
    }

    func statusValue(_ cell: String, translator: CellTranslator) -> String {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        if let rule = mapping.status, !rule.table.isEmpty {
            return rule.table[trimmed] ?? rule.table.first { ForeignText.fold($0.key) == ForeignText.fold(trimmed) }?.value ?? trimmed
        }
        return translator.isMissing(trimmed) ? "partial" : "complete"
    }

    func waveValue(_ cell: String) -> String {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        if let rule = mapping.wave, let wave = rule.table[trimmed] ?? rule.table.first(where: { ForeignText.fold($0.key) == ForeignText.fold(trimmed) })?.value {
            return wave
        }
        // The wave's id or its label, in any language.
        for wave in codebook.survey.waves where ForeignText.fold(wave.id) == ForeignText.fold(trimmed)
            || ColumnMatcher.variants(wave.label).contains(where: { ForeignText.fold($0) == ForeignText.fold(trimmed) }) {
            return wave.id
        }
        return trimmed
    }

    func startedValue(_ cell: String) -> String {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return "" }
        if JournalTimestamp(iso8601: trimmed) != nil { return trimmed }
        for formatter in dateFormatters {
            if let date = formatter.date(from: trimmed) {
                return JournalTimestamp(millisecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1000).rounded())).iso8601
            }
        }
        return trimmed
    }

    /// The same outside id gives the same session: importing the file again adds nothing.
    func sessionID(for outsideID: String) -> String {
        let digest = SHA256.hash(Array("\(codebook.survey.id)\u{0}\(outsideID)".utf8))
        return SHA256.hexString(Array(digest.prefix(16)))
    }

    func participantCode(_ given: [Int: String], translator: CellTranslator) -> String? {
        guard !given.isEmpty, let code = codebook.survey.participantCode else { return nil }
        var parts = given
        // The whole code in one column (an R data frame): cut by the elements' lengths.
        if mapping.codeColumns.count == 1, code.elements.count > 1, let whole = given[0],
           let pieces = code.split(whole.trimmingCharacters(in: .whitespaces).uppercased()) {
            parts = Dictionary(uniqueKeysWithValues: pieces.enumerated().map { ($0.offset, $0.element) })
        }
        var out = ""
        for (index, element) in code.elements.enumerated() {
            let raw = parts[index] ?? ""
            let answer = translator.isMissing(raw) ? "" : raw
            out += ParticipantCodeNormaliser.normalise(answer, element: element) ?? String(repeating: "X", count: element.length)
        }
        return out
    }
}
