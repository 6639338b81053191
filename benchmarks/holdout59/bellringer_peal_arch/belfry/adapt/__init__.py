from .loop import adapt, baseline_score

__all__ = ["adapt", "baseline_score"]
