# expect: crash
"""Harden the eel-trap sonar counter against echo noise before the autumn run."""
import os
import tempfile

import torch

from eeltrap import AdversarialFinetuner, build, load_for_inference


def make_checkpoint(path):
    torch.manual_seed(3)
    model = build("sonar-lstm", n_bins=6, hidden=12)
    torch.save({"model": model.state_dict(), "epoch": 40}, path)


def season_batches(n=3, batch=4, seq=7):
    return [(torch.randn(batch, seq, 6), torch.rand(batch) * 5) for _ in range(n)]


def main():
    fd, ckpt = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        make_checkpoint(ckpt)
        counter = load_for_inference("sonar-lstm", ckpt, n_bins=6, hidden=12)
        with torch.no_grad():
            before = counter(torch.randn(2, 7, 6))
        print("counts before", before.tolist())
        tuner = AdversarialFinetuner(counter, eps=0.1)
        print("loss per epoch", tuner.fit(season_batches()))
    finally:
        os.remove(ckpt)


if __name__ == "__main__":
    main()
