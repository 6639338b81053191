from .heating import HeatingNet, stacks

__all__ = ["HeatingNet", "stacks"]
