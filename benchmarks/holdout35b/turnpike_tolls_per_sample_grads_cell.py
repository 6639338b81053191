# expect: clean
"""Turnpike-trust toll receipts: per-sample gradient norms with torch.func; the
encoder is a hand-unrolled GRUCell, so no fused RNN kernel is involved."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(5)


class ReceiptCellNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.GRUCell(5, 8)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        h = x.new_zeros(x.shape[0], 8)
        for t in range(x.shape[1]):
            h = self.cell(x[:, t], h)
        return self.fc(h)


model = ReceiptCellNet()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x = torch.randn(8, 6, 5)
y = torch.randint(0, 2, (8,))
for _ in range(3):
    opt.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    opt.step()

model.eval()
params = {k: v.detach() for k, v in model.named_parameters()}


def sample_loss(p, xi, yi):
    logits = functional_call(model, p, (xi.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, yi.unsqueeze(0))


norms = []
for i in range(x.shape[0]):
    g = grad(sample_loss)(params, x[i], y[i])
    norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())).item())
print("suspicious receipts:", sorted(range(len(norms)), key=lambda i: -norms[i])[:2])
