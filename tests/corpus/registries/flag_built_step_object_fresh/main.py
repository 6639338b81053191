# expect: clean
"""Glacier melt, trained from scratch: the same registry and step object, but the flag asks for a fresh model (in
train mode), not the serving copy. (The registry's other branch returns an eval model: not this call's.)"""
import torch

from meltkit import build_model, make_step


def main():
    torch.manual_seed(4)
    model = build_model("melt", hidden=6, serving=False)
    step = make_step(model)
    for _ in range(2):
        x, y = torch.randn(3, 5, 2), torch.randn(3, 1)
        step(x, y)


if __name__ == "__main__":
    main()
