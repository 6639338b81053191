from .tension import TensionNet, runs

__all__ = ["TensionNet", "runs"]
