from .context import Inspecting

__all__ = ["Inspecting"]
