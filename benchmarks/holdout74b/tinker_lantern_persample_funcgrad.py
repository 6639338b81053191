# expect: crash
"""Lantern-flicker regressor: per-sample gradient norms with torch.func.grad through an LSTM."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class Flicker(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


model = Flicker()  # train mode throughout
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return (pred - y.unsqueeze(0)).pow(2).mean()


xs, ys = torch.randn(4, 6, 4), torch.randn(4)
norms = []
for i in range(xs.shape[0]):
    g = grad(sample_loss)(params, xs[i], ys[i])  # TM002-here
    norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
print("per-sample grad norms", [round(n, 4) for n in norms])
