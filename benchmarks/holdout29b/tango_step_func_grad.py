# expect: crash
"""Tango step detection from ankle IMU windows. Per-example gradient norms (for
data pruning) are computed with torch.func.grad over functional_call."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class StepTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.head = nn.Linear(12, 4)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.head(h[:, -1])


model = StepTagger()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    logits = functional_call(model, p, (x.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, y.unsqueeze(0))


xs = torch.randn(5, 7, 6)
ys = torch.randint(0, 4, (5,))
norms = []
for i in range(len(xs)):
    g = grad(sample_loss)(params, xs[i], ys[i])  # TM002-here
    norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
keep = sorted(range(len(xs)), key=lambda i: -norms[i])[:3]
print("keep", keep)
