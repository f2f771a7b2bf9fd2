// AssessReports
