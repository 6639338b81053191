# expect: crash
"""Glacier melt: a scorer is built from a registry. The flag asks for the serving copy (a classmethod that returns
it in eval mode); a step object from another module then fine-tunes it, and nothing calls train()."""
import torch

from glacierkit import build_model, make_step


def main():
    torch.manual_seed(4)
    model = build_model("melt", hidden=6, serving=True)
    step = make_step(model)
    for _ in range(2):
        x, y = torch.randn(3, 5, 2), torch.randn(3, 1)
        step(x, y)  # TM001-here


if __name__ == "__main__":
    main()
