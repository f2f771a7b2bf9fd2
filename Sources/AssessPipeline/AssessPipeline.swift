// AssessPipeline
