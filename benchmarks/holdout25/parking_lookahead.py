# expect: crash
"""Parking occupancy forecasting with a Lookahead optimiser wrapping Adam."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class Lookahead:
    def __init__(self, base, model, k=3, alpha=0.5, probe=None):
        self.base, self.model, self.k, self.alpha = base, model, k, alpha
        self.slow = [p.detach().clone() for p in model.parameters()]
        self.n = 0
        self.probe = probe

    def zero_grad(self):
        self.base.zero_grad()

    def step(self):
        self.base.step()
        self.n += 1
        if self.n % self.k == 0:
            for s, p in zip(self.slow, self.model.parameters()):
                s.add_(self.alpha * (p.data - s))
                p.data.copy_(s)
            if self.probe is not None:
                self.probe(self.model)


class Occupancy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return torch.sigmoid(self.head(o[:, -1]))


def probe_fn(m):
    m.eval()
    with torch.no_grad():
        print("probe occupancy", m(torch.randn(2, 6, 3)).mean().item())


net = Occupancy()
opt = Lookahead(torch.optim.Adam(net.parameters(), 1e-2), net, probe=probe_fn)
x, y = torch.randn(4, 6, 3), torch.rand(4, 1)
net.train()
for it in range(7):
    opt.zero_grad()
    loss = nn.functional.binary_cross_entropy(net(x), y)
    loss.backward()  # TM001-here
    opt.step()
print("done")
