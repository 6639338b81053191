"""Backend switches for reproducible buoy runs (the operational service requires bit-for-bit reruns)."""
import os

import torch

DETERMINISTIC = os.environ.get("WAVEBUOY_FAST", "0") != "1"

if DETERMINISTIC:
    torch.backends.cudnn.enabled = False
    torch.manual_seed(1234)
