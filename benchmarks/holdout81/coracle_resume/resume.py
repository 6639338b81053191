# expect: crash
"""Coracle river-crossing drift: pretrain, keep the best checkpoint, resume fine-tuning from it."""
import os
import tempfile

import torch

from coracle.ckpt import load_best, save_best
from coracle.net import DriftNet
from coracle.steps import evaluate, finetune, pretrain


def main():
    torch.manual_seed(7)
    data = torch.randn(16, 8, 3), torch.randn(16, 2)
    model = DriftNet()
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, "best.pt")
    try:
        best = float("inf")
        for _ in range(2):
            pretrain(model, data)
            val = evaluate(model, data)
            if val < best:
                best = val
                save_best(model, path)
        restored = load_best(path)
        print("finetuned", finetune(restored, data))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
