"""Rope-walk modelling helpers."""
