# expect: crash
"""Turnpike-trust toll receipts: per-sample gradient norms with torch.func to flag
mislabelled receipts (a large per-example gradient marks a suspicious label)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(4)


class ReceiptGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])


model = ReceiptGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x = torch.randn(8, 6, 5)
y = torch.randint(0, 2, (8,))
for _ in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    opt.step()

params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, xi, yi):
    logits = functional_call(model, p, (xi.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, yi.unsqueeze(0))


norms = []
for i in range(x.shape[0]):
    g = grad(sample_loss)(params, x[i], y[i])  # TM002-here
    norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
suspects = sorted(range(len(norms)), key=lambda i: -norms[i])[:2]
print("suspicious receipts:", suspects)
