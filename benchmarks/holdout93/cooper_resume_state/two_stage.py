# expect: clean
"""Stage 1 trains and checkpoints the best model; stage 2 resumes from the checkpoint."""
import os
import tempfile

import torch

from cooperage import ckpt
from cooperage.model import StaveGRU
from cooperage.stages import evaluate, train_stage


def main():
    torch.manual_seed(9)
    x, y = torch.randn(6, 5, 3), torch.randint(0, 2, (6,)).float()
    path = os.path.join(tempfile.mkdtemp(), "stave_best.pt")
    try:
        model = StaveGRU()
        model.train()
        train_stage(model, x, y)
        print("stage1 val", round(evaluate(model, x, y), 4))
        ckpt.save(model, path)
        del model
        resumed = ckpt.load(path)
        print("stage2 loss", round(train_stage(resumed, x, y), 4))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(os.path.dirname(path))


if __name__ == "__main__":
    main()
