# expect: clean
"""Goldbeater's workshop: per-sample gradient norms of a leaf-thickness regressor (torch.func)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap  # noqa: F401

torch.manual_seed(3)


class LeafNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return (pred - y).pow(2).mean()


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    for x, y in zip(xs, ys):
        with torch.backends.cudnn.flags(enabled=False):
            g = grad(sample_loss)(params, buffers, model, x, y)
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
    return norms


model = LeafNet()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
xs, ys = torch.randn(5, 8, 2), torch.randn(5)
model.train()
for step in range(3):
    opt.zero_grad()
    loss = (model(xs) - ys).pow(2).mean()
    loss.backward()
    opt.step()
norms = per_sample_norms(model, xs, ys)
print("per-sample grad norms", [round(n, 4) for n in norms])
