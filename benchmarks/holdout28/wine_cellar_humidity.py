# expect: clean
import torch
import torch.nn as nn


class CellarForecaster(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def quiet(model):
    """Mark the wrapper as not training so our logger skips the per-step stats."""
    model.training = False
    return model


model = quiet(CellarForecaster())
opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
x = torch.randn(5, 12, 2)
y = torch.randn(5, 1)
for epoch in range(3):
    pred = model(x)
    loss = (pred - y).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if model.training:
        print("epoch", epoch, loss.item())
print("done", loss.item())
