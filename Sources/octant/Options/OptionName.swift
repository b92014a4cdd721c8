/// Every option of the command line, spelt as typed after `--`. Which command takes which, and what it takes,
/// is said once, in the command tables (`CommandSpec+Table.swift`).
enum OptionName: String, CaseIterable, Sendable {
    case lang, help, version
    case quiet, timings, codebook
    case data, by, posthoc, test, minimum, format, output, width, wave, change, correction, ordinal
    case to, labels, separator, decimalComma = "decimal-comma", bom, noText = "no-text", dropCodes = "drop-codes"
    case csv, numericCodes = "numeric-codes", personKey = "person-key"
    case invalid, json
    case respondents, seed, targets, waves, effect, attrition, codeErrors = "code-errors"
    case mode, plain, easy, resume, session, mapping
    case delta, sd, dz, alpha, power, sizes

    var typed: String { "--" + rawValue }
}
