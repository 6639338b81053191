"""Glassblower's gather-temperature forecaster."""
