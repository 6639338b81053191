# expect: clean
"""A monitoring helper called inside the training loop remembers `model.training`, switches to
eval for a quick look, and switches back only if the model was training: it was."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 12, num_layers=2, batch_first=True)
        self.head = nn.Linear(12, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


def peek(model, window):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        guess = model(window).mean().item()
    if was_training:
        model.train()
    return guess


net = Forecaster()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
series = torch.randn(8, 10, 2)
target = torch.randn(8, 1)
net.train()
for step in range(4):
    if step % 2 == 0:
        print("peek", peek(net, series[:2]))
    loss = nn.functional.mse_loss(net(series), target)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
