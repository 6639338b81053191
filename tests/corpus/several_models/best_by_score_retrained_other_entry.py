# expect: crash
"""A tide-gauge forecaster per harbour, all scored in eval mode; the worst one is switched back with
`nets[worst].train()`, but the one refitted is looked up again under another name (`nets[best]`): unless both
names pick the same harbour, it still runs its LSTM in eval mode."""
import torch
from torch import nn


class Gauge(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(2, 5, batch_first=True)
        self.out = nn.Linear(5, 1)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.out(h[:, -1]).squeeze(-1)


def errors(nets, x, y):
    found = {}
    for harbour, net in nets.items():
        net.eval()
        with torch.no_grad():
            found[harbour] = float(((net(x) - y) ** 2).mean())
    return found


def refit(net, x, y):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    h, _ = net.encoder(x)
    loss = ((net.out(h[:, -1]).squeeze(-1) - y) ** 2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()


torch.manual_seed(2)
nets = {name: Gauge() for name in ("dover", "hull", "oban")}
x, y = torch.randn(6, 9, 2), torch.randn(6)
scores = errors(nets, x, y)
worst = sorted(scores, key=scores.get)[-1]
nets[worst].train()
best = sorted(scores, key=scores.get)[0]
refit(nets[best], x, y)
print("refitted", worst)
