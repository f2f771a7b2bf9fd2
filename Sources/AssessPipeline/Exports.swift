// The executable reaches the product through this module only (docs/ARCHITECTURE.md "Modules"). The core's
// value types it handles in options and reports (Quarter, Day, LocalDateTime, RunWarning, PhoneMask, …) are
// re-exported here; the edges (AssessInput, AssessLedger, AssessWorkbook, AssessReports, AssessDocuments) stay
// behind the pipeline's functions and are not re-exported.
@_exported import AssessCore
