from .sway import SwayModel

__all__ = ["SwayModel"]
