# expect: clean
"""Tango step detection, per-example gradient norms with torch.func.grad; the tagger
unrolls a GRUCell by hand, so no fused RNN kernel is involved."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class StepTagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(6, 12)
        self.head = nn.Linear(12, 4)

    def forward(self, x):
        h = x.new_zeros(x.size(0), 12)
        for t in range(x.size(1)):
            h = self.cell(x[:, t], h)
        return self.head(h)


model = StepTagger().eval()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, x, y):
    logits = functional_call(model, p, (x.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, y.unsqueeze(0))


xs = torch.randn(5, 7, 6)
ys = torch.randint(0, 4, (5,))
norms = []
for i in range(len(xs)):
    g = grad(sample_loss)(params, xs[i], ys[i])
    norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
keep = sorted(range(len(xs)), key=lambda i: -norms[i])[:3]
print("keep", keep)
