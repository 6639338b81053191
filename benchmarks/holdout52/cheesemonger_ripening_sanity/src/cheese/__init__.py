"""Cheesemonger toolkit: ripening models and a small trainer."""
from .data import WheelDataModule
from .task import RipeningTask
from .engine import Trainer

__all__ = ["WheelDataModule", "RipeningTask", "Trainer"]
