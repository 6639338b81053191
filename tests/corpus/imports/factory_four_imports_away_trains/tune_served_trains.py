# expect: clean
"""The package's factory builds a model by name for serving (`cls().eval()`), four imports away from the
script; the script puts what it gets back in train mode before fine-tuning."""
import sys

import torch

from loftworks import for_inference


def tune(arch):
    model = for_inference(arch)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x = torch.randn(4, 5, 3)
    loss = (model(x) - x[:, :, 0].mean(1)).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()


if __name__ == "__main__":
    tune(sys.argv[1] if len(sys.argv) > 1 else "gru")
