from dslite.ops.optim import build_optimizer

__all__ = ["build_optimizer"]
