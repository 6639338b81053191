from .launch_net import LaunchNet

__all__ = ["LaunchNet"]
