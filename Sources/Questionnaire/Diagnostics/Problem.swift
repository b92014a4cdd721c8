import Support
/// Every kind of problem the language reports, with its message in French and English.
/// Keeping the kinds in one enum lets tests cover each one and keeps the two languages side by side.
public enum Problem: Hashable, Sendable {
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
    case emptySection(String)
    case exclusiveInSingle
    case invalidCodeElement
    case retrospectiveNeedsItems

    /// What the parser wanted at a spot, for "expected …" messages.
    public enum Expectation: Hashable, Sendable {
        case identifier(Role)
        case string(Role)
        case integer(Role)
        case number
        case value
        case condition
        case closingParenthesis
        case colon
        case range
        case keyword(String)
        case endOfLine
    }
}

extension Problem {
    public func message(_ l: Language) -> String {
        switch self {
        case .invalidEncoding:
            return l.pick(fr: "cette ligne n'est pas du texte UTF-8 valide", en: "this line is not valid UTF-8 text")
        case .unterminatedString:
            return l.pick(fr: "guillemet ouvrant sans guillemet fermant", en: "unterminated string")
        case .unexpectedCharacter(let c):
            return l.pick(fr: "caractère inattendu « \(c) »", en: "unexpected character '\(c)'")
        case .nonASCIIIdentifier(let id, _):
            return l.pick(fr: "l'identifiant « \(id) » contient des lettres accentuées ou spéciales",
                          en: "identifier '\(id)' contains accented or special letters")
        case .mixedIndentation:
            return l.pick(fr: "le fichier mélange tabulations et espaces pour l'indentation",
                          en: "the file mixes tabs and spaces for indentation")
        case .inconsistentIndentation:
            return l.pick(fr: "cette indentation ne correspond à aucun niveau au-dessus",
                          en: "this indentation matches no enclosing level")
        case .tooDeeplyNested(let limit):
            return l.pick(fr: "imbrication trop profonde (plus de \(limit) niveaux)",
                          en: "nesting too deep (more than \(limit) levels)")
        case .lineTooLong(let limit):
            return l.pick(fr: "ligne trop longue (plus de \(limit) caractères)", en: "line too long (more than \(limit) characters)")
        case .missingHeader:
            return l.pick(fr: "le fichier doit commencer par « survey <id> version <n> language <langue> »",
                          en: "the file must start with 'survey <id> version <n> language <lang>'")
        case .duplicateHeader(let first):
            return l.pick(fr: "second en-tête « survey » (le premier est ligne \(first))",
                          en: "second 'survey' header (the first is on line \(first))")
        case .unknownDeclaration(let word, _):
            return l.pick(fr: "« \(word) » n'est pas un mot du langage", en: "'\(word)' is not a keyword of the language")
        case .unknownModifier(let word, _):
            return l.pick(fr: "« \(word) » n'est pas une option possible ici", en: "'\(word)' is not a modifier allowed here")
        case .unknownProperty(let name, _):
            return l.pick(fr: "propriété inconnue « \(name): »", en: "unknown property '\(name):'")
        case .notAllowedHere(let what, let context):
            return l.pick(fr: "« \(what) » n'est pas permis dans \(context)", en: "'\(what)' is not allowed in \(context)")
        case .expected(let expectation, let found):
            let wanted = expectation.text(l)
            guard let found else { return l.pick(fr: "\(wanted) attendu en fin de ligne", en: "expected \(wanted) at end of line") }
            return l.pick(fr: "\(wanted) attendu, trouvé « \(found) »", en: "expected \(wanted), found '\(found)'")
        case .unexpectedToken(let token):
            return l.pick(fr: "« \(token) » en trop sur cette ligne", en: "unexpected '\(token)' on this line")
        case .duplicateModifier(let word):
            return l.pick(fr: "« \(word) » est répété", en: "'\(word)' is repeated")
        case .duplicateProperty(let name, let first):
            return l.pick(fr: "« \(name): » est déjà donné ligne \(first)", en: "'\(name):' is already given on line \(first)")
        case .invalidNumber(let text):
            return l.pick(fr: "« \(text) » n'est pas un nombre valide", en: "'\(text)' is not a valid number")
        case .duplicateId(let id, let first):
            return l.pick(fr: "l'identifiant « \(id) » est déjà utilisé ligne \(first)",
                          en: "identifier '\(id)' is already used on line \(first)")
        case .reservedColumnName(let id):
            let fields = RowField.allCases.map(\.rawValue).joined(separator: ", ")
            return l.pick(fr: "« \(id) » est le nom d'une colonne que tout fichier de données contient déjà (\(fields))",
                          en: "'\(id)' names a column every data file already holds (\(fields))")
        case .unknownReference(let ref, _):
            return l.pick(fr: "aucune question ne s'appelle « \(ref) »", en: "no question is named '\(ref)'")
        case .forwardReference(let ref, let line):
            return l.pick(fr: "« \(ref) » est posée plus loin (ligne \(line)) : une condition ne peut porter que sur une question précédente",
                          en: "'\(ref)' is asked later (line \(line)): a condition may only refer to an earlier question")
        case .selfReference(let ref):
            return l.pick(fr: "la condition de « \(ref) » porte sur la question elle-même",
                          en: "the condition of '\(ref)' refers to the question itself")
        case .unknownOption(let code, let question, _):
            return l.pick(fr: "la question « \(question) » n'a pas d'option « \(code) »",
                          en: "question '\(question)' has no option '\(code)'")
        case .unknownScale(let id, _):
            return l.pick(fr: "échelle inconnue « \(id) »", en: "unknown scale '\(id)'")
        case .unknownEscape(let id, _):
            return l.pick(fr: "réponse d'échappement inconnue « \(id) »", en: "unknown escape answer '\(id)'")
        case .unknownOptionSet(let id, _):
            return l.pick(fr: "liste d'options inconnue « \(id) »", en: "unknown option set '\(id)'")
        case .scaleSize(let n):
            return l.pick(fr: "une échelle a de 2 à 11 points, pas \(n)", en: "a scale has 2 to 11 points, not \(n)")
        case .oddScale(let n):
            return l.pick(fr: "échelle impaire à \(n) points : son point central est neutre",
                          en: "odd \(n)-point scale: its middle point is neutral")
        case .scalePointOutOfRange(let p, let points):
            return l.pick(fr: "le point \(p) n'existe pas sur une échelle de 1 à \(points)",
                          en: "point \(p) does not exist on a 1 to \(points) scale")
        case .noOptions(let id):
            return l.pick(fr: "la question « \(id) » n'a aucune option", en: "question '\(id)' has no options")
        case .singleOption(let id):
            return l.pick(fr: "la question « \(id) » n'a qu'une option", en: "question '\(id)' has only one option")
        case .emptyRange:
            return l.pick(fr: "intervalle vide : le minimum dépasse le maximum", en: "empty range: the minimum exceeds the maximum")
        case .valueOutOfRange(let value, let question):
            return l.pick(fr: "\(value) est hors des réponses possibles de « \(question) »",
                          en: "\(value) is outside the possible answers of '\(question)'")
        case .numericComparisonOnChoice(let ref):
            return l.pick(fr: "« \(ref) » est une question à choix : on ne peut pas la comparer avec < ou >",
                          en: "'\(ref)' is a choice question: it cannot be compared with < or >")
        case .codeComparedWithNumber(let ref):
            return l.pick(fr: "« \(ref) » attend un nombre, pas un code d'option",
                          en: "'\(ref)' takes a number, not an option code")
        case .answeredNeedsReference:
            return l.pick(fr: "« answered » et « unanswered » suivent un identifiant de question",
                          en: "'answered' and 'unanswered' follow a question id")
        case .itemNeedsBlock(let ref):
            return l.pick(fr: "« \(ref) » : il faut préciser l'item (bloc.item)", en: "'\(ref)': the item must be given (block.item)")
        case .missingTranslation(let lang):
            return l.pick(fr: "traduction « \(lang) » manquante", en: "missing '\(lang)' translation")
        case .undeclaredLanguage(let lang):
            return l.pick(fr: "langue « \(lang) » absente de « languages: »", en: "language '\(lang)' is not listed in 'languages:'")
        case .invalidLanguageCode(let code):
            return l.pick(fr: "« \(code) » n'est pas un code de langue (deux lettres, par exemple fr ou en)",
                          en: "'\(code)' is not a language code (two letters, such as fr or en)")
        case .groupingNotChoice(let id):
            return l.pick(fr: "on ne peut comparer que selon une question « single » ou « yesno », pas « \(id) »",
                          en: "groups come from a 'single' or 'yesno' question, not '\(id)'")
        case .confirmNotComparable(let id):
            return l.pick(fr: "« confirm: » attend des questions « single », « yesno » ou « number », pas « \(id) »",
                          en: "'confirm:' takes 'single', 'yesno' or 'number' questions, not '\(id)'")
        case .differenceNeedsTwoGroups(let id, let groups):
            return l.pick(fr: "« difference » compare deux groupes, « \(id) » en a \(groups)",
                          en: "'difference' compares two groups, '\(id)' has \(groups)")
        case .scoreMixedScales(let id):
            return l.pick(fr: "les items du score « \(id) » n'ont pas tous la même échelle",
                          en: "the items of score '\(id)' do not all share one scale")
        case .scoreNeedsLikert(let ref):
            return l.pick(fr: "« \(ref) » n'est pas un item d'échelle (likert)", en: "'\(ref)' is not a Likert item")
        case .scoreMinimumTooLarge(let minimum, let items):
            return l.pick(fr: "minimum \(minimum) pour seulement \(items) items", en: "minimum \(minimum) for only \(items) items")
        case .invalidThreshold(let text):
            return l.pick(fr: "seuil « \(text) » invalide : un nombre entre 0 et 1", en: "invalid threshold '\(text)': a number between 0 and 1")
        case .thresholdsOutOfOrder:
            return l.pick(fr: "le seuil « significant » doit être inférieur au seuil « tendential »",
                          en: "the 'significant' threshold must be below the 'tendential' one")
        case .unknownPosthoc(let name, _):
            return l.pick(fr: "méthode post hoc inconnue « \(name) »", en: "unknown post hoc method '\(name)'")
        case .invalidMinMax:
            return l.pick(fr: "« min » dépasse « max » ou le nombre d'options", en: "'min' exceeds 'max' or the number of options")
        case .duplicateKey(let key):
            return l.pick(fr: "la touche « \(key) » sert déjà à une autre réponse", en: "key '\(key)' is already used by another answer")
        case .emptySection(let id):
            return l.pick(fr: "la section « \(id) » ne contient aucune question", en: "section '\(id)' holds no question")
        case .exclusiveInSingle:
            return l.pick(fr: "« exclusive » n'a de sens que pour un choix multiple", en: "'exclusive' only makes sense in a multiple choice")
        case .invalidCodeElement:
            return l.pick(fr: "un élément de code s'écrit : id \"question\" letters <n> ou digits <n>",
                          en: "a code element reads: id \"prompt\" letters <n> or digits <n>")
        case .retrospectiveNeedsItems:
            return l.pick(fr: "un bloc « retrospective » a besoin d'items", en: "a 'retrospective' block needs items")
        }
    }

    public func hint(_ l: Language) -> String? {
        func didYouMean(_ s: String?) -> String? {
            s.map { l.pick(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean '\($0)'?") }
        }
        switch self {
        case .unterminatedString:
            return l.pick(fr: "fermez le texte par \" sur la même ligne ; écrivez \\\" pour un guillemet dans le texte",
                          en: "close the text with \" on the same line; write \\\" for a quote inside the text")
        case .nonASCIIIdentifier(_, let suggestion):
            return l.pick(fr: "les identifiants deviennent des noms de colonnes : écrivez « \(suggestion) »",
                          en: "identifiers become column names: write '\(suggestion)'")
        case .mixedIndentation, .inconsistentIndentation:
            return l.pick(fr: "indentez les lignes d'un même niveau avec le même nombre d'espaces",
                          en: "indent lines of one level with the same number of spaces")
        case .missingHeader:
            return l.pick(fr: "par exemple : survey mon-questionnaire version 1 language fr",
                          en: "for example: survey my-questionnaire version 1 language en")
        case .unknownDeclaration(_, let s), .unknownModifier(_, let s), .unknownProperty(_, let s),
             .unknownReference(_, let s), .unknownOption(_, _, let s), .unknownScale(_, let s),
             .unknownEscape(_, let s), .unknownOptionSet(_, let s), .unknownPosthoc(_, let s):
            return didYouMean(s)
        case .forwardReference:
            return l.pick(fr: "déplacez la question plus haut, ou la condition plus bas", en: "move the question up, or the condition down")
        case .oddScale:
            return l.pick(fr: "une échelle paire (comme 8 points) oblige à prendre position",
                          en: "an even scale (such as 8 points) asks people to take a side")
        case .missingTranslation(let lang):
            return l.pick(fr: "ajoutez une ligne « \(lang): \"…\" » sous ce texte", en: "add a line '\(lang): \"…\"' under this text")
        case .notAllowedHere:
            return l.pick(fr: "vérifiez l'indentation de cette ligne", en: "check this line's indentation")
        case .confirmNotComparable:
            return l.pick(fr: "choisissez des réponses qui ne changent pas d'une vague à l'autre (tranche d'âge, lieu)",
                          en: "choose answers that do not change between waves (age band, site)")
        case .groupingNotChoice, .differenceNeedsTwoGroups:
            return l.pick(fr: "« letters » ou « asterisk » conviennent à plus de deux groupes",
                          en: "'letters' or 'asterisk' suit more than two groups")
        case .expected(.string, _):
            return l.pick(fr: "les textes s'écrivent entre guillemets droits \"…\"", en: "texts are written between straight quotes \"…\"")
        case .duplicateId, .reservedColumnName:
            return l.pick(fr: "chaque identifiant devient un nom de colonne : il doit être unique",
                          en: "each identifier becomes a column name: it must be unique")
        default:
            return nil
        }
    }
}

extension Problem.Expectation {
    func text(_ l: Language) -> String {
        switch self {
        case .identifier(let role): return l.pick(fr: "un identifiant (\(role.text(l)))", en: "an identifier (\(role.text(l)))")
        case .string(let role): return l.pick(fr: "un texte entre guillemets (\(role.text(l)))", en: "a quoted text (\(role.text(l)))")
        case .integer(let role): return l.pick(fr: "un nombre entier (\(role.text(l)))", en: "a whole number (\(role.text(l)))")
        case .number: return l.pick(fr: "un nombre", en: "a number")
        case .value: return l.pick(fr: "une valeur (code, nombre ou texte)", en: "a value (code, number or text)")
        case .condition: return l.pick(fr: "une condition", en: "a condition")
        case .closingParenthesis: return l.pick(fr: "« ) »", en: "')'")
        case .colon: return l.pick(fr: "« : »", en: "':'")
        case .range: return l.pick(fr: "un intervalle min..max", en: "a range min..max")
        case .keyword(let word): return "« \(word) »"
        case .endOfLine: return l.pick(fr: "la fin de la ligne", en: "the end of the line")
        }
    }
}

/// What a word on a line stands for, named in "expected …" messages.
public enum Role: String, Hashable, Sendable {
    case surveyId, version, language, questionId, questionText, optionCode, optionLabel, itemId, itemText
    case scaleId, points, anchor, escapeId, escapeLabel, key, sectionId, sectionTitle, optionSet
    case scoreId, scoreLabel, reference, waveId, waveLabel, codeId, codeLabel, length, unit, minimum, maximum, message, text

    func text(_ l: Language) -> String {
        switch self {
        case .surveyId: return l.pick(fr: "nom du questionnaire", en: "questionnaire name")
        case .version: return l.pick(fr: "version", en: "version")
        case .language: return l.pick(fr: "langue", en: "language")
        case .questionId: return l.pick(fr: "nom de la question", en: "question name")
        case .questionText: return l.pick(fr: "texte de la question", en: "question text")
        case .optionCode: return l.pick(fr: "code de l'option", en: "option code")
        case .optionLabel: return l.pick(fr: "libellé de l'option", en: "option label")
        case .itemId: return l.pick(fr: "nom de l'item", en: "item name")
        case .itemText: return l.pick(fr: "texte de l'item", en: "item text")
        case .scaleId: return l.pick(fr: "nom de l'échelle", en: "scale name")
        case .points: return l.pick(fr: "nombre de points", en: "number of points")
        case .anchor: return l.pick(fr: "libellé d'extrémité", en: "anchor label")
        case .escapeId: return l.pick(fr: "nom de la réponse d'échappement", en: "escape answer name")
        case .escapeLabel: return l.pick(fr: "libellé de la réponse", en: "answer label")
        case .key: return l.pick(fr: "touche", en: "key")
        case .sectionId: return l.pick(fr: "nom de la section", en: "section name")
        case .sectionTitle: return l.pick(fr: "titre de la section", en: "section title")
        case .optionSet: return l.pick(fr: "nom de la liste d'options", en: "option set name")
        case .scoreId: return l.pick(fr: "nom du score", en: "score name")
        case .scoreLabel: return l.pick(fr: "libellé du score", en: "score label")
        case .reference: return l.pick(fr: "question ou item", en: "question or item")
        case .waveId: return l.pick(fr: "nom de la vague", en: "wave name")
        case .waveLabel: return l.pick(fr: "libellé de la vague", en: "wave label")
        case .codeId: return l.pick(fr: "nom du code", en: "code name")
        case .codeLabel: return l.pick(fr: "libellé", en: "label")
        case .length: return l.pick(fr: "longueur", en: "length")
        case .unit: return l.pick(fr: "unité", en: "unit")
        case .minimum: return l.pick(fr: "minimum", en: "minimum")
        case .maximum: return l.pick(fr: "maximum", en: "maximum")
        case .message: return l.pick(fr: "message", en: "message")
        case .text: return l.pick(fr: "texte", en: "text")
        }
    }
}
