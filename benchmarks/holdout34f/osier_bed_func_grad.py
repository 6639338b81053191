# expect: crash
"""Osier-bed willow growth: per-sample gradient norms with torch.func for data pruning."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(2)


class GrowthRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


model = GrowthRNN()
model.train()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return ((pred - y.unsqueeze(0)) ** 2).mean()


xs, ys = torch.randn(5, 7, 2), torch.randn(5)
norms = []
for i in range(xs.shape[0]):
    g = grad(sample_loss)(params, xs[i], ys[i])  # TM002-here
    norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
keep = sorted(range(len(norms)), key=lambda i: -norms[i])[:3]
print("keep", keep)
