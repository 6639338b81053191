from .consistency import ConsistencyStep

__all__ = ["ConsistencyStep"]
