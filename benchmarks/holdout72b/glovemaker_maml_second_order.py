# expect: crash
"""Glovemaker stitch-tension tasks: second-order MAML over a small LSTM regressor."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(7)


class Stitcher(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1])


def sample_task():
    amp, phase = torch.rand(1) * 2, torch.rand(1) * 3
    def draw(n):
        t = torch.rand(n, 5, 1) * 6
        return t, amp * torch.sin(t[:, -1] + phase)
    return draw


def adapt(model, params, x, y, inner_lr=0.05):
    loss = nn.functional.mse_loss(functional_call(model, params, (x,)), y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {k: v - inner_lr * g for (k, v), g in zip(params.items(), grads)}


model = Stitcher()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for it in range(2):
    meta_opt.zero_grad()
    total = 0.0
    for _ in range(3):
        draw = sample_task()
        xs, ys = draw(4)
        xq, yq = draw(4)
        fast = adapt(model, dict(model.named_parameters()), xs, ys)
        total = total + nn.functional.mse_loss(functional_call(model, fast, (xq,)), yq)
    (total / 3).backward()  # TM003-here
    meta_opt.step()
    print("meta loss", total.item() / 3)
