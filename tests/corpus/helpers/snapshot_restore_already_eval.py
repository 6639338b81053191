# expect: crash
"""The same remembering helper, but the epoch ends with evaluate(), which leaves the model in eval;
the helper then remembers eval and restores eval, and the next epoch trains in eval mode."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 12, batch_first=True)
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def peek(model, window):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        guess = model(window).mean().item()
    if was_training:
        model.train()
    return guess


def evaluate(model, series, target):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(series), target).item()


net = Forecaster()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
series = torch.randn(8, 10, 2)
target = torch.randn(8, 1)
net.train()
for epoch in range(2):
    print("peek", peek(net, series[:2]))
    loss = nn.functional.mse_loss(net(series), target)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    print("val", evaluate(net, series, target))
