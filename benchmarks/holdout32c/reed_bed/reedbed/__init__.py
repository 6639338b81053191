from .core import Runner, build_state

__all__ = ["Runner", "build_state"]
