# expect: crash
"""Gold-leaf gilding thickness regressor; per-sample gradient norms with torch.func."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(4)


class Leaf(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.head(o[:, -1]).squeeze(-1)


model = Leaf().train()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    pred = functional_call(model, p, (x.unsqueeze(0),))
    return (pred - y).pow(2).sum()


xs, ys = torch.randn(4, 5, 3), torch.randn(4)
norms = []
for i in range(xs.shape[0]):
    g = grad(sample_loss)(params, xs[i], ys[i])  # TM002-here
    norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())))
print([round(float(n), 4) for n in norms])
