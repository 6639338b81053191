# expect: clean
"""Same `setdefault` event table, but `validate` puts the model back in training mode before it returns."""
import functools

import torch
import torch.nn as nn


class Loop:
    def __init__(self, model, opt):
        self.model, self.opt = model, opt
        self.hooks = {}

    def on(self, event, fn):
        self.hooks.setdefault(event, []).append(fn)

    def fire(self, event):
        for fn in self.hooks[event]:
            fn()

    def run(self, batches, epochs):
        for _ in range(epochs):
            for x, y in batches:
                loss = nn.functional.mse_loss(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
            self.fire("epoch_end")


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        print(sum(nn.functional.mse_loss(model(x), y).item() for x, y in batches))
    model.train()


class Reg(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 4, batch_first=True)
        self.lin = nn.Linear(4, 1)

    def forward(self, x):
        return self.lin(self.gru(x)[0][:, -1])


model = Reg()
data = [(torch.randn(2, 3, 2), torch.randn(2, 1))] * 2
loop = Loop(model, torch.optim.SGD(model.parameters(), lr=0.1))
loop.on("epoch_end", functools.partial(validate, model, data))
loop.run(data, 2)
