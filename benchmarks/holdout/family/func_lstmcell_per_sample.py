# expect: clean
# category: func
"""Per-sample gradients (DP-SGD style) with torch.func.grad over a model built from LSTMCell."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class CellNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(3, 8)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h = c = torch.zeros(x.size(0), 8)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.fc(h)


torch.manual_seed(0)
net = CellNet()
params = {k: v.detach() for k, v in net.named_parameters()}


def sample_loss(params, xi, yi):
    out = functional_call(net, params, (xi.unsqueeze(0),))
    return nn.functional.cross_entropy(out, yi.unsqueeze(0))


x, y = torch.randn(5, 4, 3), torch.randint(0, 2, (5,))
per_sample = [grad(sample_loss)(params, x[i], y[i]) for i in range(len(x))]
norms = [torch.sqrt(sum(g.pow(2).sum() for g in d.values())) for d in per_sample]
print(norms)
