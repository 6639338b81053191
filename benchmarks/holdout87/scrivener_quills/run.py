# expect: crash
"""Scrivener: pen-pressure sequences to letterform classes; helpers come from the package namespace."""
import torch

from quills import *  # noqa: F401,F403


def main():
    torch.manual_seed(11)
    model = QuillNet(hidden=6)  # noqa: F405
    model = prepare(model)  # noqa: F405
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = batch(step)  # noqa: F405
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("loss", round(loss.item(), 4))


if __name__ == "__main__":
    main()
