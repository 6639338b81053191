import torch
import torch.nn as nn


class BendNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, curve):
        h, _ = self.gru(curve)
        return self.out(h[:, -1]).squeeze(-1)


def heating_curves(n, steps=6):
    heat = torch.rand(n, steps, 1)
    steam = torch.rand(n, steps, 1)
    x = torch.cat([heat, steam], -1)
    return x, 1.0 - (heat * steam).mean((1, 2))


def fit(net, data, epochs=20):
    x, y = data
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    net.train()
    for _ in range(epochs):
        loss = (net(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
