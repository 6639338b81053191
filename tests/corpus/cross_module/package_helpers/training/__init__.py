"""A small training package: loops and evaluation."""
