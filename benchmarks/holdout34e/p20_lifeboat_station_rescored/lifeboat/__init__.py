"""lifeboat: launch-delay models for an inshore lifeboat station."""
from .io import load_for_inference, save_checkpoint
from .mining import HardExampleMiner
from .models import LaunchNet

__all__ = ["LaunchNet", "load_for_inference", "save_checkpoint", "HardExampleMiner"]
