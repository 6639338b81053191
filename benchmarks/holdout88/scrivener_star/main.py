# expect: crash
"""Scrivener quill-pressure model: helpers come in through star imports."""
import torch
import torch.nn.functional as F

from scriv.model import QuillNet
from scriv.training import *  # noqa: F401,F403
from scriv.serving import *  # noqa: F401,F403


def main():
    torch.manual_seed(12)
    model = prepare(QuillNet())  # noqa: F405
    opt = make_optimizer(model)  # noqa: F405
    x, y = torch.randn(4, 9, 2), torch.randn(4)
    for step in range(3):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    print("served", describe(model))  # noqa: F405


if __name__ == "__main__":
    main()
