import Foundation

/// Exit statuses: 0 success, 1 the work found problems (e.g. errors in a questionnaire), 2 usage error.
func runOctant(_ raw: [String]) -> Int32 {
    let fallback = Arguments.requestedLanguage(in: raw) ?? Environment.language
    var command: CommandName?
    do {
        let arguments = try Arguments(raw)
        // Help's own errors (an unknown topic) point to the general help.
        command = arguments.command == .help ? nil : arguments.command
        return try perform(arguments)
    } catch let error as UsageError {
        Console.error(error.text(fallback, command: command))
        return 2
    } catch let error as CocoaError where error.code == .fileReadNoSuchFile || error.code == .fileNoSuchFile {
        Console.error(CommandText.fileNotFound(error.filePath ?? "").text(fallback))
        return 2
    } catch {
        Console.error(CommandText.failure(error.localizedDescription).text(fallback))
        return 1
    }
}

private func perform(_ arguments: Arguments) throws -> Int32 {
    if arguments.has(.help) {
        Console.out(HelpPage.command(arguments.spec, arguments.language()))
        return 0
    }
    try arguments.validate()
    switch arguments.command {
    case nil:
        if arguments.has(.version) { return printVersion() }
        if arguments.isBare, MenuCommand.isInteractive { return MenuCommand.run(Environment.language) }
        Console.out(HelpPage.general(arguments.language()))
        return 0
    case .check: return try CheckCommand.run(arguments)
    case .show: return try ShowCommand.run(arguments)
    case .report: return try ReportCommand.run(arguments)
    case .export: return try ExportCommand.run(arguments)
    case .import: return try ImportCommand.run(arguments)
    case .simulate: return try SimulateCommand.run(arguments)
    case .run: return try RunCommand.run(arguments)
    case .link: return try LinkCommand.run(arguments)
    case .verify: return try VerifyCommand.run(arguments)
    case .version: return printVersion()
    case .plan: return try PlanCommand.run(arguments)
    case .help:
        let language = arguments.language()
        guard let topic = arguments.operands.first else { Console.out(HelpPage.general(language)); return 0 }
        guard let name = CommandName(rawValue: topic) else {
            throw UsageError(.unknownCommand(topic), suggestions: Suggestions.closest(to: topic, among: CommandName.allCases.map(\.rawValue)))
        }
        Console.out(HelpPage.command(.spec(for: name), language))
        return 0
    }
}

private func printVersion() -> Int32 {
    Console.out(OctantVersion.line)
    return 0
}

exit(runOctant(Array(CommandLine.arguments.dropFirst())))
