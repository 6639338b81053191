# expect: clean
"""The recurrent part is assembled in the constructor with `self.body = nn.Sequential()` and
`self.body.add_module("lstm", ...)`; validation after each epoch leaves the model in eval mode and each epoch
starts with `model.train()`."""
import torch
import torch.nn as nn


class LastStep(nn.Module):
    def forward(self, output):
        return output[0][:, -1]


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential()
        self.body.add_module("lstm", nn.LSTM(2, 8, batch_first=True))
        self.body.add_module("last", LastStep())
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.body(x))


def validate(model):
    model.eval()
    with torch.no_grad():
        return model(torch.randn(3, 6, 2)).mean().item()


model = Forecaster()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for epoch in range(2):
    model.train()
    x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, validate(model))
