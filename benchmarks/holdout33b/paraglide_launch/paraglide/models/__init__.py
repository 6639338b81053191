from .launch import LaunchGRU, LaunchMLP

__all__ = ["LaunchGRU", "LaunchMLP"]
