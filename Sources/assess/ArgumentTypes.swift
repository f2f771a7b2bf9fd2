import ArgumentParser
import AssessPipeline

// Quarters and dates are parsed and checked by the argument parser, before any command runs; a value it refuses
// is said in Chinese by `ArgumentErrorText.invalidValue`. Dates follow the input files' rules
// (`CommandLineValue`, inputs.md).

extension Quarter: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        guard let day = CommandLineValue.date(argument) else { return nil }
        self = day
    }
}

extension LocalDateTime: ExpressibleByArgument {
    public init?(argument: String) {
        guard let moment = CommandLineValue.dateTime(argument) else { return nil }
        self = moment
    }
}
