# expect: crash
"""Icebreaker ship: pretrain on one sea, keep the best checkpoint, fine-tune it on another."""
import os
import tempfile

import torch

from icebreaker import HullLoadNet, best_checkpoint, finetune, pretrain


def main():
    torch.manual_seed(8)
    workdir = tempfile.mkdtemp(prefix="icebreaker_")
    path = os.path.join(workdir, "best.pt")
    try:
        model = HullLoadNet()
        pretrain(model, path, epochs=3)
        model = best_checkpoint(path)
        print("fine-tuned loss", finetune(model, steps=3))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
