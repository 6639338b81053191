import torch

from ..nets import warp_batch
from .registry import Stage, stage


@stage("calibrate")
class Calibrate(Stage):
    """Freeze normalisation statistics and dropout for the tuning stage."""

    def run(self):
        self.model.eval()
        with torch.no_grad():
            x, y = warp_batch(self.settings["sensors"], n=12)
            acc = (self.model(x).argmax(-1) == y).float().mean().item()
        self.note(f"frozen-stat accuracy {acc:.3f}")
