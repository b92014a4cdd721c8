import Foundation
import Questionnaire
import Responses
import Support

/// An unfinished session as the resume list shows it.
public struct SessionSummary: Sendable {
    public var state: SessionState
    /// The questionnaire found for it (same id, preferably the same source), nil when none was found.
    public var survey: Survey?
    /// Questions answered (or skipped) among those the conditions ask, and how many are asked.
    public var answered: Int
    public var asked: Int

    public init(state: SessionState, survey: Survey?) {
        self.state = state
        self.survey = survey
        guard let survey, let start = state.start else { answered = state.answers.count; asked = 0; return }
        let plan = InterviewPlan(survey: survey, seed: start.seed, presentedOrder: start.presentedOrder)
        let values = state.answers.compactMapValues { answer -> AnswerValue? in
            if case .value(let value) = answer { return value } else { return nil }
        }
        let askedSteps = plan.steps.filter { $0.isAsked(given: values) }
        asked = askedSteps.count
        answered = askedSteps.filter { state.answers[$0.key] != nil }.count
    }

    /// One line of the list: when it started, which questionnaire, how far it went, its code.
    public func line(_ l: Language) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: l == .fr ? "fr_FR" : "en_GB")
        formatter.dateFormat = "dd/MM/yyyy HH:mm"
        let started = (state.startedAt ?? state.lastEventAt).date
        let progress = asked > 0 ? StorageText.progress(answered: answered, asked: asked) : .questionnaireNotFound
        let status: StorageText = state.status == .paused ? .paused : .interrupted
        return "\(formatter.string(from: started)) · \(state.questionnaire.id) · \(progress.text(l)) · \(status.text(l)) · session \(state.code)"
    }
}
