// AssessInput
