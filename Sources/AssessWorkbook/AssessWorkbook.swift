// AssessWorkbook
