# expect: clean
"""Cordwainer: adapt a pretrained stitch-tension backbone to a new sewing machine.

The backbone stays frozen (the model's own train() keeps it in eval); a small adapter and a
head are trained on the new machine's traces.
"""
import torch

from awl import *  # noqa: F401,F403

print_every = 2


def main():
    torch.manual_seed(4)
    traces = torch.randn(16, 9, 4)
    faulty = (traces[:, :, 0].abs().mean(1) > 0.8).float()
    model = StitchTagger(n_in=4, hidden=8, freeze_backbone=True)
    history = fit_adapter(model, traces, faulty, epochs=4)
    for i, loss in enumerate(history):
        if i % print_every == 0:
            print(f"epoch {i} loss {loss:.4f}")


if __name__ == "__main__":
    main()
