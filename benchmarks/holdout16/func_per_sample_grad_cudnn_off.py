# expect: clean
"""Per-example gradient norms (for data valuation) of an LSTM with torch.func.grad.
The author wraps the transform in cudnn.flags(enabled=False)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
model = Net()
params = {k: v.detach() for k, v in model.named_parameters()}


def loss_one(p, x, y):
    return (functional_call(model, p, (x.unsqueeze(0),)) - y).pow(2).sum()


xs, ys = torch.randn(4, 5, 3), torch.randn(4)
norms = []
with torch.backends.cudnn.flags(enabled=False):
    for x, y in zip(xs, ys):
        g = grad(loss_one)(params, x, y)
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
print("per-example grad norms", [round(n, 4) for n in norms])
