# expect: crash
"""Letterpress ink-density sequences: per-sample gradient norms with torch.func."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class InkModel(nn.Module):
    def __init__(self, feat=3, hidden=6):
        super().__init__()
        self.rnn = nn.GRU(feat, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1]).squeeze(-1)


def make_loss(model):
    def loss_fn(params, x, y):
        pred = functional_call(model, params, (x.unsqueeze(0),))
        return (pred - y.unsqueeze(0)).pow(2).mean()
    return loss_fn


model = InkModel()
model.train()
params = {k: v.detach() for k, v in model.named_parameters()}
loss_fn = make_loss(model)
xs, ys = torch.randn(4, 5, 3), torch.randn(4)
norms = []
for i in range(xs.size(0)):
    g = grad(loss_fn)(params, xs[i], ys[i])  # TM002-here
    norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
print("per-sample grad norms", [round(n, 4) for n in norms])
