import Support

extension Problem {
    /// One value of every case, for the completeness test of the catalogue.
    public static let samples: [Problem] = [
        .invalidEncoding, .unterminatedString, .unexpectedCharacter("\\\\"), .nonASCIIIdentifier("après", suggestion: "apres"),
        .mixedIndentation, .inconsistentIndentation, .tooDeeplyNested(limit: 64), .lineTooLong(limit: 20_000),
        .missingHeader, .duplicateHeader(firstLine: 1), .unknownDeclaration("singel", suggestion: "single"),
        .unknownModifier("requird", suggestion: "required"), .unknownProperty("titel", suggestion: "title"),
        .notAllowedHere("o", context: "yesno a"), .expected(.string(.questionText), found: nil),
        .expected(.identifier(.questionId), found: "\"A\""), .unexpectedToken("extra"), .duplicateModifier("required"),
        .duplicateProperty("title", firstLine: 2), .invalidNumber("1.2.3"), .duplicateId("a", firstLine: 2), .reservedColumnName("wave"),
        .unknownReference("visit", suggestion: "visite"), .forwardReference("b", line: 3), .selfReference("a"),
        .unknownOption("ouii", question: "a", suggestion: "oui"), .unknownScale("acord", suggestion: "accord"),
        .unknownEscape("nps", suggestion: "nsp"), .unknownOptionSet("rep", suggestion: nil), .scaleSize(12), .oddScale(5),
        .scalePointOutOfRange(5, points: 4), .noOptions("a"), .singleOption("a"), .tooManyOptions("commune", count: 300, limit: 199),
        .optionWithoutValue("autre"), .duplicateValue(2, firstLine: 4), .escapeValueIsAnAnswer(escape: "nsp", value: 9, question: "diplome"), .emptyRange,
        .valueOutOfRange("9", question: "l"), .numericComparisonOnChoice("a"), .codeComparedWithNumber("n"),
        .answeredNeedsReference, .itemNeedsBlock("l"), .missingTranslation(language: "en"), .undeclaredLanguage("de"),
        .invalidLanguageCode("french"), .groupingNotChoice("n"), .confirmNotComparable("t"),
        .differenceNeedsTwoGroups("g", groups: 3), .scoreMixedScales("s"), .scoreNeedsLikert("a"),
        .scoreMinimumTooLarge(minimum: 3, items: 1), .scoreMinimumTooLarge(minimum: 3, items: 2), .invalidThreshold("5"),
        .thresholdsOutOfOrder, .unknownPosthoc("tukeyy", suggestion: "tukey"), .invalidMinMax, .duplicateKey("x"), .reservedKey("s"),
        .emptySection("s"), .exclusiveInSingle, .invalidCodeElement, .retrospectiveNeedsItems,
    ]
}
