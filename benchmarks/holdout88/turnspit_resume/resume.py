# expect: crash
"""Turnspit: export a serving checkpoint, later resume fine-tuning from that same file."""
import os
import tempfile

import torch

from spit.model import SpitSpeedNet
from spit.checkpoint import export_for_serving, load_checkpoint
from spit.finetune import finetune


def main():
    torch.manual_seed(10)
    model = SpitSpeedNet()
    path = os.path.join(tempfile.mkdtemp(), "spit.pt")
    try:
        export_for_serving(model, path)
        restored = load_checkpoint(path)
        losses = finetune(restored, torch.randn(6, 8, 2), torch.randn(6), steps=3)
        print("finetune", losses)
    finally:
        os.remove(path)
        os.rmdir(os.path.dirname(path))


if __name__ == "__main__":
    main()
