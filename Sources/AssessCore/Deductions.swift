/// The five capped deductions of rules.md "Score".
public struct Deductions: Hashable, Sendable {
    public var error: Double
    public var inactivity: Double
    public var late: Double
    public var systems: Double
    public var complaints: Double

    public init(error: Double, inactivity: Double, late: Double, systems: Double, complaints: Double) {
        self.error = error
        self.inactivity = inactivity
        self.late = late
        self.systems = systems
        self.complaints = complaints
    }

    /// `((((d_error + d_inact) + d_late) + d_system) + d_compl)`, in exactly that order.
    public var total: Double { (((error + inactivity) + late) + systems) + complaints }
}
