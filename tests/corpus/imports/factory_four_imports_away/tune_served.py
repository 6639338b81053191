# expect: crash
"""The package's factory builds a model by name for serving (`cls().eval()`), four imports away from the
script; the script fine-tunes what it gets without switching it back."""
import sys

import torch

from loftworks import for_inference


def tune(arch):
    model = for_inference(arch)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x = torch.randn(4, 5, 3)
    loss = (model(x) - x[:, :, 0].mean(1)).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


if __name__ == "__main__":
    tune(sys.argv[1] if len(sys.argv) > 1 else "gru")
