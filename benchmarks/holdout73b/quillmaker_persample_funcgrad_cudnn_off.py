# expect: clean
"""Quillmaker: per-sample gradient norms of a nib-pressure LSTM via torch.func (for data auditing)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)


class NibLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.reg = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.reg(o[:, -1]).squeeze(-1)


model = NibLSTM()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return (pred - y).pow(2).mean()


xs, ys = torch.randn(5, 6, 3), torch.randn(5)
norms = []
for i in range(xs.shape[0]):
    with torch.backends.cudnn.flags(enabled=False):
        g = grad(sample_loss)(params, xs[i], ys[i])
    norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
print("per-sample grad norms", [round(n, 3) for n in norms])
