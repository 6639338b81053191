# expect: clean
"""Sled-dog gait MoE: experts frozen and in eval, only the router is tuned; the input needs no grad."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class Expert(nn.Module):
    def __init__(self, d, h, kind):
        super().__init__()
        self.rnn = getattr(nn, kind)(d, h, batch_first=True)
        self.out = nn.Linear(h, 3)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o.mean(1))


class GaitMoE(nn.Module):
    def __init__(self, d=4, h=6):
        super().__init__()
        self.experts = nn.ModuleList([Expert(d, h, k) for k in ("LSTM", "GRU", "RNN")])
        self.router = nn.Linear(d, 3)

    def forward(self, x):
        w = F.softmax(self.router(x.mean(1)), -1)
        outs = torch.stack([e(x) for e in self.experts], 1)
        return (w.unsqueeze(-1) * outs).sum(1)


def tune_router(model, x, y, steps=2):
    for p in model.experts.parameters():
        p.requires_grad_(False)
    opt = torch.optim.SGD(model.router.parameters(), lr=0.1)
    for _ in range(steps):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss


model = GaitMoE()
x, y = torch.randn(5, 7, 4), torch.randint(0, 3, (5,))
model.eval()
print("router loss", float(tune_router(model, x, y)))
