from .striking import StrikingNet, touches

__all__ = ["StrikingNet", "touches"]
