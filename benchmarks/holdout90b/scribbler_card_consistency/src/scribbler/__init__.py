"""Scribbler card-web tools."""
