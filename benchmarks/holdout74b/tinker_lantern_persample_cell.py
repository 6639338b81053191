# expect: clean
"""Lantern-flicker regressor: per-sample gradient norms with torch.func.grad through an LSTMCell unrolled by hand."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class Flicker(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(4, 8)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], 8)
        c = x.new_zeros(x.shape[0], 8)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h).squeeze(-1)


model = Flicker()  # train mode throughout
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return (pred - y.unsqueeze(0)).pow(2).mean()


xs, ys = torch.randn(4, 6, 4), torch.randn(4)
norms = []
for i in range(xs.shape[0]):
    g = grad(sample_loss)(params, xs[i], ys[i])
    norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
print("per-sample grad norms", [round(n, 4) for n in norms])
