from .nets import SailNet, freeze_snapshot

__all__ = ["SailNet", "freeze_snapshot"]
