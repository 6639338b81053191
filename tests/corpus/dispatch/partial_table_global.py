# expect: crash
"""Steps registered as `functools.partial` objects in a module-level table, looked up by name in `main()`:
"recalibrate" runs with `train_mode=False` and back-propagates."""
import functools

import torch
import torch.nn as nn


class Hazard(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.h = nn.Linear(8, 1)

    def forward(self, x):
        return torch.sigmoid(self.h(self.gru(x)[0])).mean()


def step(model, opt, x, *, train_mode, backprop):
    model.train(train_mode)
    loss = model(x)
    if backprop:
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


STEPS = {
    "fit": functools.partial(step, train_mode=True, backprop=True),
    "score": functools.partial(step, train_mode=False, backprop=False),
    "recalibrate": functools.partial(step, train_mode=False, backprop=True),
}


def main():
    model = Hazard()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for name in ["fit", "score", "recalibrate"]:
        print(name, STEPS[name](model, opt, torch.randn(4, 6, 3)))


if __name__ == "__main__":
    main()
