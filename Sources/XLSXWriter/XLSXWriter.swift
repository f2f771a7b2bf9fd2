// XLSXWriter
