import Analysis
import Questionnaire
import Responses

/// A small fixed dataset on a small questionnaire: the golden tests' input.
public enum SmallDataset {
    public static let source = """
    survey petit version 1 language fr
    title: "Petit questionnaire"
      en: "Small questionnaire"
    languages: fr en
    escape nsp "Je ne sais pas"
      en: "I don't know"
    single service "Service"
      en: "Service"
      ccas "CCAS"
        en: "CCAS"
      cdas "CDAS"
        en: "CDAS"
      cs "Centre social"
        en: "Social centre"
      caf "CAF"
        en: "CAF"
    yesno formation "Formation interne ?"
      en: "Internal training?"
    number anciennete "Années dans l'ESC" 0..45
      en: "Years in the ESC"
    likert aise "Je me sens à l'aise :" escape nsp
      en: "I feel at ease:"
      perso "à la maison"
        en: "at home"
      pro "au travail"
        en: "at work"
      stress "stressé devant un écran" reverse
        en: "stressed in front of a screen"
    text remarque "Remarques"
      en: "Remarks"
    score aisance "Aisance" mean aise minimum 2
      en: "Ease"
    analysis
      minimum: 5
      by service letters
      by formation difference
    """

    public static var survey: Survey { QuestionnaireParser.parse(text: source).survey }

    /// 40 respondents: CCAS high, CDAS and Centre social lower, two CAF (too small), a few missing and escapes.
    public static var table: FixtureRows {
        let survey = self.survey
        var rows: [[String: DatasetValue]] = []
        let services = Array(repeating: "ccas", count: 16) + Array(repeating: "cdas", count: 12) + Array(repeating: "cs", count: 10)
            + ["caf", "caf"]
        for (index, service) in services.enumerated() {
            let base: Int = service == "ccas" ? 6 : (service == "cdas" ? 4 : 3)
            let wiggle = [0, 1, -1, 2, -2, 1, 0][index % 7]
            var row: [String: DatasetValue] = [
                "service": .option(service),
                "formation": .option(index % 3 == 0 ? "oui" : "non"),
                "anciennete": index % 9 == 4 ? .skipped : .number(Double((index * 7) % 20)),
                "aise.perso": .point(min(8, max(1, base + wiggle + 1))),
                "aise.pro": .point(min(8, max(1, base + (index % 3 == 0 ? 2 : 0) + wiggle / 2))),
                "aise.stress": .point(min(8, max(1, 9 - base - wiggle))),
                "remarque": index % 4 == 0 ? .text("=SOMME(A1:A9) <script>") : .skipped,
            ]
            if index % 11 == 5 { row["aise.pro"] = .escape("nsp") }
            if index == 7 { row["aise.perso"] = .skipped }
            rows.append(row)
        }
        return FixtureRows(codebook: Codebook(survey), rows: rows)
    }
}
