from .lm import ProteinLM, AMINO

__all__ = ["ProteinLM", "AMINO"]
