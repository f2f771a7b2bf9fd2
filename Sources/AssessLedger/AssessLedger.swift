// AssessLedger
