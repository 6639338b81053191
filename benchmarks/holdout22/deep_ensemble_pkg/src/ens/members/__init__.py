from .recurrent import KINDS, build_members

__all__ = ["KINDS", "build_members"]
