"""Pure text analysis for Next Round: no Django import, fast and testable alone."""
