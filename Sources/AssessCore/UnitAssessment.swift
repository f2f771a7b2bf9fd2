/// Everything the run decided about one assessed unit, with the evidence behind each number.
public struct UnitAssessment: Hashable, Sendable {
    public var unit: Unit
    /// Art. 3 supervisor (`中共五华区委办公室`).
    public var supervisor: String
    public var metrics: UnitMetrics
    public var deductions: Deductions
    public var score: Double
    public var triggers: [Trigger]
    public var previous: PreviousResult?
    public var decision: Decision
    public var ideologyDeduction: Double
    public var letterNumber: LetterNumber?
    public var evidence: UnitEvidence

    public init(unit: Unit, supervisor: String, metrics: UnitMetrics, deductions: Deductions, score: Double,
                triggers: [Trigger], previous: PreviousResult?, decision: Decision, ideologyDeduction: Double,
                letterNumber: LetterNumber?, evidence: UnitEvidence) {
        self.unit = unit
        self.supervisor = supervisor
        self.metrics = metrics
        self.deductions = deductions
        self.score = score
        self.triggers = triggers
        self.previous = previous
        self.decision = decision
        self.ideologyDeduction = ideologyDeduction
        self.letterNumber = letterNumber
        self.evidence = evidence
    }
}

/// The rows behind a unit's numbers, so the workbook and letters need not recompute.
public struct UnitEvidence: Hashable, Sendable {
    /// Counted findings (valid, detected in the quarter) with their Art. 15 outcome.
    public var findings: [FindingOutcome]
    /// The unit's assessed media.
    public var media: [MediaAssessment]
    /// Required systems the unit lacks, in rulebook order.
    public var missingSystems: [SystemKind]
    /// Substantiated complaints received in the quarter.
    public var complaints: [Complaint]

    public init(findings: [FindingOutcome] = [], media: [MediaAssessment] = [], missingSystems: [SystemKind] = [],
                complaints: [Complaint] = []) {
        self.findings = findings
        self.media = media
        self.missingSystems = missingSystems
        self.complaints = complaints
    }
}
