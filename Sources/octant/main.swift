import Foundation
import Questionnaire

/// Exit statuses: 0 success, 1 the work found problems (e.g. errors in a questionnaire), 2 usage error.
func runOctant(_ raw: [String]) -> Int32 {
    let arguments: Arguments
    do {
        arguments = try Arguments(raw)
    } catch let error as Arguments.UsageError {
        Console.error(error.message(Environment.language))
        return 2
    } catch {
        return 2
    }
    let fallback = (try? arguments.language()) ?? Environment.language
    do {
        guard let command = arguments.command else {
            if arguments.flags.isEmpty, arguments.values.isEmpty, MenuCommand.isInteractive { return MenuCommand.run(Environment.language) }
            Console.out(Help.general(try arguments.language()))
            return 0
        }
        if arguments.flags.contains("help") {
            guard let text = Help.command(command, try arguments.language()) else { throw unknownCommand(command) }
            Console.out(text)
            return 0
        }
        switch command {
        case "check": return try CheckCommand.run(arguments)
        case "show": return try ShowCommand.run(arguments)
        case "report": return try ReportCommand.run(arguments)
        case "export": return try ExportCommand.run(arguments)
        case "import": return try ImportCommand.run(arguments)
        case "simulate": return try SimulateCommand.run(arguments)
        case "run": return try RunCommand.run(arguments)
        case "link": return try LinkCommand.run(arguments)
        case "help":
            let language = try arguments.language()
            guard let topic = arguments.operands.first else { Console.out(Help.general(language)); return 0 }
            guard let text = Help.command(topic, language) else { throw unknownCommand(topic) }
            Console.out(text)
            return 0
        default:
            throw unknownCommand(command)
        }
    } catch let error as Arguments.UsageError {
        Console.error(error.message(fallback))
        Console.error(fallback.pick(fr: "Voir « octant help ».", en: "See 'octant help'."))
        return 2
    } catch let error as CocoaError where error.code == .fileReadNoSuchFile || error.code == .fileNoSuchFile {
        Console.error(fallback.pick(fr: "fichier introuvable : \(error.filePath ?? "")", en: "file not found: \(error.filePath ?? "")"))
        return 2
    } catch {
        Console.error(fallback.pick(fr: "erreur : \(error.localizedDescription)", en: "error: \(error.localizedDescription)"))
        return 1
    }
}

func unknownCommand(_ name: String) -> Arguments.UsageError {
    Arguments.UsageError { l in l.pick(fr: "commande inconnue « \(name) »", en: "unknown command '\(name)'") }
}

exit(runOctant(Array(CommandLine.arguments.dropFirst())))
