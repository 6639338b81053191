from .crest import CrestModel, wind_roses

__all__ = ["CrestModel", "wind_roses"]
