"""UDI application portal scenarios (guide 001)."""
