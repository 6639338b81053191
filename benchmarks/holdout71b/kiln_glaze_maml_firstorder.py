# expect: clean
"""Kiln glaze defects: first-order MAML over per-kiln tasks with an LSTM (no second derivative)."""
import torch
import torch.nn as nn
from torch.func import functional_call


class Glaze(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


def task():
    x = torch.randn(4, 5, 3)
    return x, x.sum((1, 2)) * torch.rand(1)


torch.manual_seed(16)
model = Glaze().train()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
inner_lr = 0.05
for it in range(2):
    meta_opt.zero_grad()
    for _ in range(2):
        (xs, ys), (xq, yq) = task(), task()
        params = dict(model.named_parameters())
        loss_s = nn.functional.mse_loss(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss_s, list(params.values()))  # no create_graph: first-order
        fast = {k: v - inner_lr * g.detach() for (k, v), g in zip(params.items(), grads)}
        loss_q = nn.functional.mse_loss(functional_call(model, fast, (xq,)), yq)
        loss_q.backward()
    meta_opt.step()
    print(it, round(loss_q.item(), 4))
