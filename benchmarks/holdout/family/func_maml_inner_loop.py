# expect: crash
# category: func
# rule: TM002
"""MAML inner loop written with torch.func (the functorch tutorial pattern) on an LSTM regressor."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 12, batch_first=True)
        self.fc = nn.Linear(12, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def task(seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(6, 4, 1, generator=g)
    return x, x.sum((1, 2)) * (1 + seed)


torch.manual_seed(0)
model = Regressor()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)


def inner_loss(params, x, y):
    return (functional_call(model, params, (x,)) - y).pow(2).mean()


for it in range(2):
    meta_opt.zero_grad()
    for seed in range(2):
        x, y = task(seed)
        params = dict(model.named_parameters())
        g = grad(inner_loss)(params, x, y)  # crash-here
        fast = {k: p - 0.01 * g[k] for k, p in params.items()}
        inner_loss(fast, x, y).backward()
    meta_opt.step()
