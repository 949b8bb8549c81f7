"""The only code that changes state. Each change of a request writes an event."""
