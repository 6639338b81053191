from .wrapper import StaitheEnsemble

__all__ = ["StaitheEnsemble"]
