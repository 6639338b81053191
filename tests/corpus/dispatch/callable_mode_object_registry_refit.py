# expect: clean
"""Phases are callable objects kept in a module-level registry; each stores whether it trains and applies it in
`__call__` with `model.train(self.training)`. The "fit" phase is applied again before the last adaptation step,
so it runs the LSTM in train mode."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


class Phase:
    def __init__(self, name, training):
        self.name = name
        self.training = training

    def __call__(self, model):
        model.train(self.training)
        return model


PHASES = {}
PHASES["fit"] = Phase("fit", True)
PHASES["score"] = Phase("score", False)

model = Forecaster()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
x, y = torch.randn(6, 10, 2), torch.randn(6, 1)
PHASES["fit"](model)
loss = nn.functional.mse_loss(model(x), y)
opt.zero_grad()
loss.backward()
opt.step()
PHASES["score"](model)
with torch.no_grad():
    print("score", nn.functional.mse_loss(model(x), y).item())
PHASES["fit"](model)
loss = nn.functional.mse_loss(model(x[:2]), y[:2])
loss.backward()
opt.step()
