"""Chimney sweeping: soot build-up classification from draught-sensor traces."""
from .models import DraughtEncoder, SootHead, load_pretrained_encoder
from .train import fit_probe

__all__ = ["DraughtEncoder", "SootHead", "load_pretrained_encoder", "fit_probe"]
