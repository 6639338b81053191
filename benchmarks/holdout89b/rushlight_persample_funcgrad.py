# expect: crash
"""Rushlight-burn duration regression: per-sample gradient norms with torch.func.grad."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class BurnGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, num_layers=1, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1]).squeeze(-1)


model = BurnGRU().eval()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return ((pred - y.unsqueeze(0)) ** 2).mean()


def per_sample_norms(xs, ys):
    g_fn = grad(sample_loss)
    norms = []
    for x, y in zip(xs, ys):
        g = g_fn(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


if __name__ == "__main__":
    xs, ys = torch.randn(5, 6, 4), torch.randn(5)
    n = per_sample_norms(xs, ys)
    print("per-sample grad norms", [round(v, 4) for v in n.tolist()])
    print("hardest sample", int(n.argmax()))
