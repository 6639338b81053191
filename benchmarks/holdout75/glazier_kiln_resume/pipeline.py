# expect: crash
"""Glazier: predict glaze crazing from kiln temperature logs; stage 1 trains and checkpoints, stage 2 resumes."""
import shutil
import tempfile

import torch

from kiln.ckpt import load_checkpoint, save_checkpoint
from kiln.stages import evaluate, pretrain, resume_finetune


def main():
    torch.manual_seed(21)
    workdir = tempfile.mkdtemp(prefix="kiln_")
    try:
        data = [(torch.randn(4, 9, 2), torch.randint(0, 2, (4,)).float()) for _ in range(2)]
        model = pretrain(data)
        acc = evaluate(model, data)
        path = save_checkpoint(model, workdir, tag=f"acc{acc:.2f}")
        resumed = load_checkpoint(path)
        print("stage 2 loss", round(resume_finetune(resumed, data), 4))
    finally:
        shutil.rmtree(workdir)


if __name__ == "__main__":
    main()
