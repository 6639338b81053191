# expect: clean
"""Run options in a `types.SimpleNamespace`: both runs are configured with `train_mode=True`
(the fine-tuning run only lowers the learning rate)."""
import types

import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def fit(model, opts):
    model.train(opts.train_mode)
    opt = torch.optim.Adam(model.parameters(), lr=opts.lr)
    for _ in range(opts.steps):
        loss = model(torch.randn(4, 6, 3)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    net = Forecaster()
    fit(net, types.SimpleNamespace(train_mode=True, lr=1e-2, steps=2))
    fit(net, types.SimpleNamespace(train_mode=True, lr=1e-3, steps=1))
