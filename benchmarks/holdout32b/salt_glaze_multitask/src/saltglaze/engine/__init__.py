from .step import GlazeStep

__all__ = ["GlazeStep"]
