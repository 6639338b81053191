from .adapter import fit_adapter

__all__ = ["fit_adapter"]
