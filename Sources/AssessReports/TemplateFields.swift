/// A rendering model that names its values for the templates itself, so that `RenderTree` needs no
/// reflection for it: a `Mirror` pass cost a third of every letter (docs/PERFORMANCE.md "Letters").
///
/// Each list names every stored property once, under its own name (`TemplateFieldsTests` compares the names
/// with the model's properties, so a new property cannot be forgotten here).
protocol TemplateFields {
    var templateFields: [(String, Any?)] { get }
}

extension LetterModel: TemplateFields {
    var templateFields: [(String, Any?)] {
        [("issuer", issuer), ("city", city), ("letterNumber", letterNumber), ("unitName", unitName), ("unitID", unitID),
         ("category", category), ("region", region), ("supervisor", supervisor), ("quarter", quarter),
         ("quarterCode", quarterCode), ("issueDate", issueDate), ("reportDueDate", reportDueDate),
         ("reportWorkingDays", reportWorkingDays), ("score", score), ("ideologyDeduction", ideologyDeduction),
         ("triggerNames", triggerNames), ("triggerCount", triggerCount), ("triggers", triggers),
         ("articles", articles), ("isNotice", isNotice), ("previous", previous)]
    }
}

extension TriggerEvidence: TemplateFields {
    var templateFields: [(String, Any?)] {
        [("number", number), ("code", code), ("name", name), ("summary", summary), ("findings", findings),
         ("findingsMore", findingsMore), ("silences", silences), ("silencesMore", silencesMore), ("systems", systems),
         ("unstaffed", unstaffed), ("unstaffedMore", unstaffedMore), ("unmonitored", unmonitored),
         ("unmonitoredMore", unmonitoredMore), ("complaints", complaints), ("complaintsMore", complaintsMore)]
    }
}

extension PreviousLine: TemplateFields {
    var templateFields: [(String, Any?)] {
        [("quarter", quarter), ("score", score), ("decision", decision), ("triggerNames", triggerNames),
         ("repeatedTriggers", repeatedTriggers), ("scoreChange", scoreChange)]
    }
}

extension FindingLine: TemplateFields {
    var templateFields: [(String, Any?)] {
        [("number", number), ("media", media), ("mediaKind", mediaKind), ("detectedAt", detectedAt),
         ("category", category), ("severity", severity), ("notifiedAt", notifiedAt), ("limit", limit),
         ("deadline", deadline), ("fixedAt", fixedAt), ("outcome", outcome), ("lateness", lateness),
         ("description", description)]
    }
}

extension SilenceLine: TemplateFields {
    var templateFields: [(String, Any?)] {
        [("number", number), ("media", media), ("mediaKind", mediaKind), ("from", from), ("to", to), ("days", days),
         ("posts", posts)]
    }
}

extension MediaLine: TemplateFields {
    var templateFields: [(String, Any?)] { [("number", number), ("media", media), ("mediaKind", mediaKind)] }
}

extension SystemLine: TemplateFields {
    var templateFields: [(String, Any?)] { [("number", number), ("system", system)] }
}

extension ComplaintLine: TemplateFields {
    var templateFields: [(String, Any?)] {
        [("number", number), ("receivedAt", receivedAt), ("channel", channel), ("media", media)]
    }
}

extension ArticleLine: TemplateFields {
    var templateFields: [(String, Any?)] { [("article", article), ("text", text)] }
}
