/// A rendering model that names its values for the templates itself, so that a letter needs no reflection:
/// a `Mirror` pass cost a third of every letter (docs/PERFORMANCE.md "Letters").
///
/// Each list names every stored property once, under its own name (`TemplateFieldsTests` compares the result
/// with the reflected tree, so a new property cannot be forgotten).
protocol TemplateFields {
    var templateFields: [(String, TemplateValue?)] { get }
}

extension TemplateFields {
    /// The model as the templates see it: nil values left out.
    var templateValue: TemplateValue {
        var fields: [String: TemplateValue] = [:]
        for case let (label, value?) in templateFields { fields[label] = value }
        return .object(fields)
    }
}

private extension Array where Element: TemplateFields {
    var value: TemplateValue { .list(map { $0.templateValue }) }
}

private extension String {
    var value: TemplateValue { .text(self) }
}

private extension Int {
    var value: TemplateValue { .number(self) }
}

private extension Bool {
    var value: TemplateValue { .flag(self) }
}

extension LetterModel: TemplateFields {
    var templateFields: [(String, TemplateValue?)] {
        [("issuer", issuer.value), ("city", city.value), ("letterNumber", letterNumber.value),
         ("unitName", unitName.value), ("unitID", unitID.value), ("category", category.value),
         ("region", region.value), ("supervisor", supervisor.value), ("quarter", quarter.value),
         ("quarterCode", quarterCode.value), ("year", year.value), ("quarterNumber", quarterNumber.value),
         ("issueDate", issueDate.value), ("reportDueDate", reportDueDate.value),
         ("reportWorkingDays", reportWorkingDays.value), ("score", score.value),
         ("ideologyDeduction", ideologyDeduction.value), ("printer", printer.value), ("contact", contact?.value),
         ("triggerNames", triggerNames.value),
         ("triggerCount", triggerCount.value), ("triggers", triggers.value), ("articles", articles.value),
         ("isNotice", isNotice.value), ("previous", previous?.templateValue)]
    }
}

extension TriggerEvidence: TemplateFields {
    var templateFields: [(String, TemplateValue?)] {
        [("number", number.value), ("numeral", numeral.value), ("article", article.value), ("code", code.value),
         ("name", name.value), ("summary", summary.value),
         ("findings", findings.value), ("findingsMore", findingsMore?.value),
         ("findingsListedAbove", findingsListedAbove?.value), ("findingsListedIn", findingsListedIn?.value), ("silences", silences.value),
         ("silencesMore", silencesMore?.value), ("systems", systems.value), ("unstaffed", unstaffed.value),
         ("unstaffedMore", unstaffedMore?.value), ("unmonitored", unmonitored.value),
         ("unmonitoredMore", unmonitoredMore?.value), ("complaints", complaints.value),
         ("complaintsMore", complaintsMore?.value), ("findingsNumeral", findingsNumeral?.value),
         ("systemsNumeral", systemsNumeral?.value), ("unstaffedNumeral", unstaffedNumeral?.value),
         ("unmonitoredNumeral", unmonitoredNumeral?.value)]
    }
}

extension PreviousLine: TemplateFields {
    var templateFields: [(String, TemplateValue?)] {
        [("quarter", quarter.value), ("score", score.value), ("decision", decision.value),
         ("triggerNames", triggerNames.value), ("repeatedTriggers", repeatedTriggers?.value),
         ("scoreChange", scoreChange.value), ("letterNumber", letterNumber?.value)]
    }
}

extension FindingLine: TemplateFields {
    var templateFields: [(String, TemplateValue?)] {
        [("number", number.value), ("numeral", numeral.value), ("media", media.value), ("mediaKind", mediaKind.value),
         ("detectedAt", detectedAt.value), ("category", category.value), ("severity", severity.value),
         ("notifiedAt", notifiedAt.value), ("limit", limit.value), ("deadline", deadline.value),
         ("fixedAt", fixedAt?.value), ("outcome", outcome.value), ("lateness", lateness?.value),
         ("description", description?.value)]
    }
}

extension SilenceLine: TemplateFields {
    var templateFields: [(String, TemplateValue?)] {
        [("number", number.value), ("numeral", numeral.value), ("media", media.value), ("mediaKind", mediaKind.value), ("from", from.value),
         ("to", to.value), ("days", days.value), ("posts", posts.value)]
    }
}

extension MediaLine: TemplateFields {
    var templateFields: [(String, TemplateValue?)] {
        [("number", number.value), ("numeral", numeral.value), ("media", media.value), ("mediaKind", mediaKind.value)]
    }
}

extension SystemLine: TemplateFields {
    var templateFields: [(String, TemplateValue?)] { [("number", number.value), ("numeral", numeral.value), ("system", system.value), ("article", article.value)] }
}

extension ComplaintLine: TemplateFields {
    var templateFields: [(String, TemplateValue?)] {
        [("number", number.value), ("numeral", numeral.value), ("receivedAt", receivedAt.value), ("channel", channel.value),
         ("media", media.value)]
    }
}

extension ArticleLine: TemplateFields {
    var templateFields: [(String, TemplateValue?)] { [("article", article.value), ("text", text.value)] }
}
