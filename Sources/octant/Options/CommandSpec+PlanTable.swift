import Support

/// The table of `octant plan` (power and sample size).
extension CommandSpec {
    static let plan = CommandSpec(
        name: .plan,
        summary: Localized(fr: "prépare une évaluation : personnes nécessaires, différence détectable",
                           en: "plans an evaluation: people needed, detectable difference"),
        operands: [Operand(placeholder: Localized(invariant: "before-after|groups")),
                   Operand(placeholder: Placeholder.questionnaire, optional: true)],
        options: [
            OptionSpec(.delta, .value(Localized(invariant: "Δ")),
                       Localized(fr: "before-after : le changement moyen à détecter, en points de l'échelle",
                                 en: "before-after: the mean change to detect, in points of the scale")),
            OptionSpec(.sd, .value(Localized(invariant: "σ")),
                       Localized(fr: "l'écart-type du changement (before-after) ou des réponses (groups), en points",
                                 en: "the standard deviation of the change (before-after) or of the answers (groups), in points")),
            OptionSpec(.dz, .value(Localized(invariant: "D")),
                       Localized(fr: "before-after : l'effet standardisé d_z = Δ/σ, au lieu de --delta et --sd",
                                 en: "before-after: the standardized effect d_z = Δ/σ, instead of --delta and --sd")),
            OptionSpec(.alpha, .value(Localized(invariant: "α")),
                       Localized(fr: "le seuil du test bilatéral (par défaut 0.05)", en: "the level of the two-sided test (default 0.05)")),
            OptionSpec(.power, .value(Localized(invariant: "P")),
                       Localized(fr: "la puissance voulue (par défaut 0.8)", en: "the power wanted (default 0.8)")),
            OptionSpec(.attrition, .value(Localized(invariant: "A")),
                       Localized(fr: "before-after : la part des personnes perdues entre les vagues, de 0 à 0.95 (par défaut 0)",
                                 en: "before-after: the share of people lost between the waves, 0 to 0.95 (default 0)")),
            OptionSpec(.sizes, .value(Localized(invariant: "N1,N2,…")),
                       Localized(fr: "groups : les effectifs des groupes, séparés par des virgules",
                                 en: "groups: the group sizes, separated by commas")),
            OptionSpec(.data, .value(Placeholder.directory),
                       Localized(fr: "groups, avec un QUESTIONNAIRE et --by : les réponses (dossier de journaux ou CSV) dont compter les groupes actuels",
                                 en: "groups, with a QUESTIONNAIRE and --by: the answers (folder of journals or CSV) whose current groups are counted")),
            OptionSpec(.by, .value(Localized(fr: "VARIABLE", en: "VARIABLE")),
                       Localized(fr: "groups : la question « single » ou « yesno » qui forme les groupes ; ceux sous le minimum du plan ne sont pas comptés",
                                 en: "groups: the 'single' or 'yesno' question that forms the groups; those under the plan's minimum are not counted")),
        ])
}
