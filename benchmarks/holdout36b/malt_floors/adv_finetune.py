# expect: crash
"""Malt-floor germination model: adversarial fine-tuning of a checkpointed model.

Loads the pretrained germination-rate regressor through the inference loader, then fine-tunes it on
FGSM-perturbed temperature/humidity traces so that sensor noise does not flip the turning schedule.
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch

from maltings.finetune import AdversarialFinetuner
from maltings.models import GerminationRNN, load_for_inference, save_checkpoint


def main():
    torch.manual_seed(7)
    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        save_checkpoint(GerminationRNN(n_in=2, hidden=6), ckpt, meta={"n_in": 2, "hidden": 6})
        model = load_for_inference(ckpt)
        tuner = AdversarialFinetuner(model, eps=0.05, lr=5e-3)
        for step in range(3):
            x = torch.randn(4, 12, 2)
            y = torch.rand(4, 1)
            print(f"step {step}: adv loss {tuner.step(x, y):.4f}")
    finally:
        os.remove(ckpt)


if __name__ == "__main__":
    main()
