# expect: clean
# category: double_backward
"""Sharpness-Aware Minimisation: two first-order backward passes per step (no create_graph)."""
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm, head = nn.LSTM(3, 10, batch_first=True), nn.Linear(10, 2)
params = list(lstm.parameters()) + list(head.parameters())
base = torch.optim.SGD(params, lr=0.05)
rho = 0.05
for _ in range(3):
    x, y = torch.randn(8, 5, 3), torch.randint(0, 2, (8,))
    nn.functional.cross_entropy(head(lstm(x)[0][:, -1]), y).backward()
    norm = torch.sqrt(sum(p.grad.pow(2).sum() for p in params))
    eps = [rho * p.grad / (norm + 1e-12) for p in params]
    with torch.no_grad():
        for p, e in zip(params, eps):
            p.add_(e)
    base.zero_grad()
    nn.functional.cross_entropy(head(lstm(x)[0][:, -1]), y).backward()
    with torch.no_grad():
        for p, e in zip(params, eps):
            p.sub_(e)
    base.step()
    base.zero_grad()
