# expect: crash
"""Scythe peening: hammer-blow rhythm -> edge hardness, one task per smith.
Second-order MAML written out by hand with torch.autograd.grad(create_graph=True)."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(8)


class EdgeModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def task(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(6, 5, 3, generator=g)
    return x[:3], x[:3].sum((1, 2)), x[3:], x[3:].sum((1, 2))


def adapt(model, params, xs, ys, inner_lr=0.1):
    loss = ((functional_call(model, params, (xs,)) - ys) ** 2).mean()
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {k: p - inner_lr * g for (k, p), g in zip(params.items(), grads)}


model = EdgeModel()
model.train()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    meta_opt.zero_grad()
    total = 0.0
    for smith in range(2):
        xs, ys, xq, yq = task(10 * it + smith)
        fast = adapt(model, dict(model.named_parameters()), xs, ys)
        q_loss = ((functional_call(model, fast, (xq,)) - yq) ** 2).mean()
        q_loss.backward()  # TM003-here
        total += q_loss.item()
    meta_opt.step()
    print("meta it", it, round(total, 4))
