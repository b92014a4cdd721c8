import Support
/// Every kind of problem the language reports, with its message in French and English.
/// Keeping the kinds in one enum lets tests cover each one and keeps the two languages side by side.
/// Values may hold tokens of a hostile file: messages are built from `quotable` (Problem+Quoting.swift), never raw.
public enum Problem: Hashable, Sendable, MessageCatalogue {
    // Reading the file
    case invalidEncoding
    case unterminatedString
    case unexpectedCharacter(String)
    case nonASCIIIdentifier(String, suggestion: String)
    case mixedIndentation
    case inconsistentIndentation
    case tooDeeplyNested(limit: Int)
    case lineTooLong(limit: Int)
    // The shape of a line
    case missingHeader
    case duplicateHeader(firstLine: Int)
    case unknownDeclaration(String, suggestion: String?)
    case unknownModifier(String, suggestion: String?)
    case unknownProperty(String, suggestion: String?)
    case notAllowedHere(String, context: String)
    case expected(Expectation, found: String?)
    case unexpectedToken(String)
    case duplicateModifier(String)
    case duplicateProperty(String, firstLine: Int)
    case invalidNumber(String)
    // Meaning
    case duplicateId(String, firstLine: Int)
    /// A question or score named like a column every data file already holds (`RowField`).
    case reservedColumnName(String)
    case unknownReference(String, suggestion: String?)
    case forwardReference(String, line: Int)
    case selfReference(String)
    case unknownOption(String, question: String, suggestion: String?)
    case unknownScale(String, suggestion: String?)
    case unknownEscape(String, suggestion: String?)
    case unknownOptionSet(String, suggestion: String?)
    case scaleSize(Int)
    case oddScale(Int)
    case scalePointOutOfRange(Int, points: Int)
    case noOptions(String)
    case singleOption(String)
    /// More options than a data column holds (`Question.maximumOptions`).
    case tooManyOptions(String, count: Int, limit: Int)
    /// Some options of a list declare a `value`, this one does not.
    case optionWithoutValue(String)
    case duplicateValue(Int, firstLine: Int)
    /// An escape answer's missing code is also an answer of a question that allows it.
    case escapeValueIsAnAnswer(escape: String, value: Int, question: String)
    case emptyRange
    case valueOutOfRange(String, question: String)
    case numericComparisonOnChoice(String)
    case codeComparedWithNumber(String)
    case answeredNeedsReference
    case itemNeedsBlock(String)
    case missingTranslation(language: String)
    case undeclaredLanguage(String)
    case invalidLanguageCode(String)
    case groupingNotChoice(String)
    case confirmNotComparable(String)
    case differenceNeedsTwoGroups(String, groups: Int)
    case scoreMixedScales(String)
    case scoreNeedsLikert(String)
    case scoreMinimumTooLarge(minimum: Int, items: Int)
    case invalidThreshold(String)
    case thresholdsOutOfOrder
    case unknownPosthoc(String, suggestion: String?)
    case invalidMinMax
    case duplicateKey(String)
    case reservedKey(String)
    case emptySection(String)
    case exclusiveInSingle
    case invalidCodeElement
    case retrospectiveNeedsItems

}

extension Problem {
    public var localized: Localized {
        switch quotable {
        case .invalidEncoding:
            return Localized(fr: "cette ligne n'est pas du texte UTF-8 valide", en: "this line is not valid UTF-8 text")
        case .unterminatedString:
            return Localized(fr: "guillemet ouvrant sans guillemet fermant", en: "unterminated string")
        case .unexpectedCharacter(let c):
            // One diagnostic quotes a whole run of characters.
            return .plural(c.unicodeScalars.count, fr: ("caractère inattendu « \(c) »", "caractères inattendus « \(c) »"),
                           en: ("unexpected character '\(c)'", "unexpected characters '\(c)'"))
        case .nonASCIIIdentifier(let id, _):
            return Localized(fr: "l'identifiant « \(id) » contient des lettres accentuées ou spéciales",
                             en: "identifier '\(id)' contains accented or special letters")
        case .mixedIndentation:
            return Localized(fr: "le fichier mélange tabulations et espaces pour l'indentation",
                             en: "the file mixes tabs and spaces for indentation")
        case .inconsistentIndentation:
            return Localized(fr: "cette indentation ne correspond à aucun niveau au-dessus",
                             en: "this indentation matches no enclosing level")
        case .tooDeeplyNested(let limit):
            return Localized(fr: "imbrication trop profonde (plus de \(limit) niveaux)",
                             en: "nesting too deep (more than \(limit) levels)")
        case .lineTooLong(let limit):
            return Localized(fr: "ligne trop longue (plus de \(limit) caractères)", en: "line too long (more than \(limit) characters)")
        case .missingHeader:
            return Localized(fr: "le fichier doit commencer par « survey <id> version <n> language <langue> »",
                             en: "the file must start with 'survey <id> version <n> language <lang>'")
        case .duplicateHeader(let first):
            return Localized(fr: "second en-tête « survey » (le premier est ligne \(first))",
                             en: "second 'survey' header (the first is on line \(first))")
        case .unknownDeclaration(let word, _):
            return Localized(fr: "« \(word) » n'est pas un mot du langage", en: "'\(word)' is not a keyword of the language")
        case .unknownModifier(let word, _):
            return Localized(fr: "« \(word) » n'est pas une option possible ici", en: "'\(word)' is not a modifier allowed here")
        case .unknownProperty(let name, _):
            return Localized(fr: "propriété inconnue « \(name): »", en: "unknown property '\(name):'")
        case .notAllowedHere(let what, let context):
            return Localized(fr: "« \(what) » n'est pas permis dans \(context)", en: "'\(what)' is not allowed in \(context)")
        case .expected(let expectation, let found):
            let wanted = expectation.localized
            guard let found else { return Localized(fr: "\(wanted.fr) attendu en fin de ligne", en: "expected \(wanted.en) at end of line") }
            return Localized(fr: "\(wanted.fr) attendu, trouvé « \(found) »", en: "expected \(wanted.en), found '\(found)'")
        case .unexpectedToken(let token):
            return Localized(fr: "« \(token) » en trop sur cette ligne", en: "unexpected '\(token)' on this line")
        case .duplicateModifier(let word):
            return Localized(fr: "« \(word) » est répété", en: "'\(word)' is repeated")
        case .duplicateProperty(let name, let first):
            return Localized(fr: "« \(name): » est déjà donné ligne \(first)", en: "'\(name):' is already given on line \(first)")
        case .invalidNumber(let text):
            return Localized(fr: "« \(text) » n'est pas un nombre valide", en: "'\(text)' is not a valid number")
        case .duplicateId(let id, let first):
            return Localized(fr: "l'identifiant « \(id) » est déjà utilisé ligne \(first)",
                             en: "identifier '\(id)' is already used on line \(first)")
        case .reservedColumnName(let id):
            let fields = RowField.allCases.map(\.rawValue).joined(separator: ", ")
            return Localized(fr: "« \(id) » est le nom d'une colonne que tout fichier de données contient déjà (\(fields))",
                             en: "'\(id)' names a column every data file already holds (\(fields))")
        case .unknownReference(let ref, _):
            return Localized(fr: "aucune question ne s'appelle « \(ref) »", en: "no question is named '\(ref)'")
        case .forwardReference(let ref, let line):
            return Localized(fr: "« \(ref) » est posée plus loin (ligne \(line)) : une condition ne peut porter que sur une question précédente",
                             en: "'\(ref)' is asked later (line \(line)): a condition may only refer to an earlier question")
        case .selfReference(let ref):
            return Localized(fr: "la condition de « \(ref) » porte sur la question elle-même",
                             en: "the condition of '\(ref)' refers to the question itself")
        case .unknownOption(let code, let question, _):
            return Localized(fr: "la question « \(question) » n'a pas d'option « \(code) »",
                             en: "question '\(question)' has no option '\(code)'")
        case .unknownScale(let id, _):
            return Localized(fr: "échelle inconnue « \(id) »", en: "unknown scale '\(id)'")
        case .unknownEscape(let id, _):
            return Localized(fr: "réponse d'échappement inconnue « \(id) »", en: "unknown escape answer '\(id)'")
        case .unknownOptionSet(let id, _):
            return Localized(fr: "liste d'options inconnue « \(id) »", en: "unknown option set '\(id)'")
        case .scaleSize(let n):
            return Localized(fr: "une échelle a de 2 à 11 points, pas \(n)", en: "a scale has 2 to 11 points, not \(n)")
        case .oddScale(let n):
            return Localized(fr: "échelle impaire à \(n) points : son point central est neutre",
                             en: "odd \(n)-point scale: its middle point is neutral")
        case .scalePointOutOfRange(let p, let points):
            return Localized(fr: "le point \(p) n'existe pas sur une échelle de 1 à \(points)",
                             en: "point \(p) does not exist on a 1 to \(points) scale")
        case .noOptions(let id):
            return Localized(fr: "la question « \(id) » n'a aucune option", en: "question '\(id)' has no options")
        case .optionWithoutValue(let code):
            return Localized(fr: "l'option « \(code) » n'a pas de « value » alors que d'autres options de sa liste en ont une",
                             en: "option '\(code)' has no 'value' while other options of its list have one")
        case .duplicateValue(let value, let line):
            return Localized(fr: "la valeur \(value) est déjà prise ligne \(line)", en: "value \(value) is already taken on line \(line)")
        case .escapeValueIsAnAnswer(let escape, let value, let question):
            return Localized(fr: "le code \(value) de « \(escape) » est aussi une réponse de la question « \(question) »",
                             en: "code \(value) of '\(escape)' is also an answer of question '\(question)'")
        case .tooManyOptions(let id, let count, let limit):
            return Localized(fr: "la question « \(id) » a \(count) options : une colonne de données en garde au plus \(limit)",
                             en: "question '\(id)' has \(count) options: a data column holds at most \(limit)")
        case .singleOption(let id):
            return Localized(fr: "la question « \(id) » n'a qu'une option", en: "question '\(id)' has only one option")
        case .emptyRange:
            return Localized(fr: "intervalle vide : le minimum dépasse le maximum", en: "empty range: the minimum exceeds the maximum")
        case .valueOutOfRange(let value, let question):
            return Localized(fr: "\(value) est hors des réponses possibles de « \(question) »",
                             en: "\(value) is outside the possible answers of '\(question)'")
        case .numericComparisonOnChoice(let ref):
            return Localized(fr: "« \(ref) » est une question à choix : on ne peut pas la comparer avec < ou >",
                             en: "'\(ref)' is a choice question: it cannot be compared with < or >")
        case .codeComparedWithNumber(let ref):
            return Localized(fr: "« \(ref) » attend un nombre, pas un code d'option",
                             en: "'\(ref)' takes a number, not an option code")
        case .answeredNeedsReference:
            return Localized(fr: "« answered » et « unanswered » suivent un identifiant de question",
                             en: "'answered' and 'unanswered' follow a question id")
        case .itemNeedsBlock(let ref):
            return Localized(fr: "« \(ref) » : il faut préciser l'item (bloc.item)", en: "'\(ref)': the item must be given (block.item)")
        case .missingTranslation(let lang):
            return Localized(fr: "traduction « \(lang) » manquante", en: "missing '\(lang)' translation")
        case .undeclaredLanguage(let lang):
            return Localized(fr: "langue « \(lang) » absente de « languages: »", en: "language '\(lang)' is not listed in 'languages:'")
        case .invalidLanguageCode(let code):
            return Localized(fr: "« \(code) » n'est pas un code de langue (deux lettres, par exemple fr ou en)",
                             en: "'\(code)' is not a language code (two letters, such as fr or en)")
        case .groupingNotChoice(let id):
            return Localized(fr: "on ne peut comparer que selon une question « single » ou « yesno », pas « \(id) »",
                             en: "groups come from a 'single' or 'yesno' question, not '\(id)'")
        case .confirmNotComparable(let id):
            return Localized(fr: "« confirm: » attend des questions « single », « yesno » ou « number », pas « \(id) »",
                             en: "'confirm:' takes 'single', 'yesno' or 'number' questions, not '\(id)'")
        case .differenceNeedsTwoGroups(let id, let groups):
            return Localized(fr: "« difference » compare deux groupes, « \(id) » en a \(groups)",
                             en: "'difference' compares two groups, '\(id)' has \(groups)")
        case .scoreMixedScales(let id):
            return Localized(fr: "les items du score « \(id) » n'ont pas tous la même échelle",
                             en: "the items of score '\(id)' do not all share one scale")
        case .scoreNeedsLikert(let ref):
            return Localized(fr: "« \(ref) » n'est pas un item d'échelle (likert)", en: "'\(ref)' is not a Likert item")
        case .scoreMinimumTooLarge(let minimum, let items):
            return .plural(items, fr: ("minimum \(minimum) pour seulement \(items) item", "minimum \(minimum) pour seulement \(items) items"),
                           en: ("minimum \(minimum) for only \(items) item", "minimum \(minimum) for only \(items) items"))
        case .invalidThreshold(let text):
            return Localized(fr: "seuil « \(text) » invalide : un nombre entre 0 et 1", en: "invalid threshold '\(text)': a number between 0 and 1")
        case .thresholdsOutOfOrder:
            return Localized(fr: "le seuil « significant » doit être inférieur au seuil « tendential »",
                             en: "the 'significant' threshold must be below the 'tendential' one")
        case .unknownPosthoc(let name, _):
            return Localized(fr: "méthode inconnue « \(name) »", en: "unknown method '\(name)'")
        case .invalidMinMax:
            return Localized(fr: "« min » dépasse « max » ou le nombre d'options", en: "'min' exceeds 'max' or the number of options")
        case .reservedKey(let key):
            return Localized(fr: "la touche « \(key) » est une commande de l'entretien", en: "key '\(key)' is an interview command")
        case .duplicateKey(let key):
            return Localized(fr: "la touche « \(key) » sert déjà à une autre réponse", en: "key '\(key)' is already used by another answer")
        case .emptySection(let id):
            return Localized(fr: "la section « \(id) » ne contient aucune question", en: "section '\(id)' holds no question")
        case .exclusiveInSingle:
            return Localized(fr: "« exclusive » n'a de sens que pour un choix multiple", en: "'exclusive' only makes sense in a multiple choice")
        case .invalidCodeElement:
            return Localized(fr: "un élément de code s'écrit : id \"question\" letters <n> ou digits <n>",
                             en: "a code element reads: id \"prompt\" letters <n> or digits <n>")
        case .retrospectiveNeedsItems:
            return Localized(fr: "un bloc « retrospective » a besoin d'items", en: "a 'retrospective' block needs items")
        }
    }

    public func message(_ language: Language) -> String { localized[language] }
    public func hint(_ language: Language) -> String? { hint?.localized[language] }
}
