# expect: crash
"""Harden the quarry's split predictor against noisy chisel microphones."""
import os
import tempfile

import torch

from quarry import AdversarialFinetuner, SplitPredictor, load_for_inference, save_checkpoint


def traces(n, batch=4, steps=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        yield torch.randn(batch, steps, 2, generator=g), torch.randint(0, 2, (batch,), generator=g)


def main():
    torch.manual_seed(3)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        save_checkpoint(SplitPredictor(n_in=2, hidden=12), path, n_in=2, hidden=12)
        model = load_for_inference(path)
        tuner = AdversarialFinetuner(model, eps=0.1)
        for epoch in range(2):
            losses = [tuner.step(x, y) for x, y in traces(3, seed=epoch)]
            print(f"epoch {epoch}: adv loss {sum(losses) / len(losses):.4f}")
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()
