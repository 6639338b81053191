# expect: crash
"""Shoe-last size recommender for a cobbler: a pretrained order-history encoder is frozen and kept
in inference mode; only the new head is fine-tuned."""
import torch

from cobbler import build_model, freeze_prefix, Fitter


if __name__ == "__main__":
    torch.manual_seed(9)
    model = build_model(vocab=40, dim=6, hidden=10, sizes=5)
    frozen = freeze_prefix(model, "encoder")
    print("frozen:", frozen)
    fitter = Fitter(model)
    for epoch in range(2):
        print("epoch", epoch, fitter.epoch(steps=3))
