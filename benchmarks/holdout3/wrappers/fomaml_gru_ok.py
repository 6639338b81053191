# expect: clean
# category: wrappers
"""First-order MAML on sine-wave regression with a GRU learner; inner loop via torch.autograd.grad."""
import copy
import math

import torch
from torch import nn

torch.manual_seed(26)


class Learner(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)


def sample_task():
    amp, phase = torch.empty(1).uniform_(0.5, 2.0), torch.empty(1).uniform_(0, math.pi)
    def batch(n=4):
        t = torch.rand(n, 8, 1) * 5
        return t, amp * torch.sin(t + phase)
    return batch


def adapt(model, support, inner_lr=0.05, steps=2):
    fast = copy.deepcopy(model)
    for _ in range(steps):
        x, y = support
        loss = nn.functional.mse_loss(fast(x), y)
        grads = torch.autograd.grad(loss, list(fast.parameters()))
        with torch.no_grad():
            for p, g in zip(fast.parameters(), grads):
                p -= inner_lr * g
    return fast


meta_model = Learner()
meta_opt = torch.optim.Adam(meta_model.parameters(), lr=1e-3)
for iteration in range(3):
    meta_opt.zero_grad()
    meta_loss = 0.0
    for _ in range(2):
        task = sample_task()
        fast = adapt(meta_model, task())
        x_q, y_q = task()
        q_loss = nn.functional.mse_loss(fast(x_q), y_q)
        grads = torch.autograd.grad(q_loss, list(fast.parameters()))
        for p, g in zip(meta_model.parameters(), grads):  # first-order approximation
            p.grad = g if p.grad is None else p.grad + g
        meta_loss += q_loss.item()
    meta_opt.step()
    print(f"iteration {iteration} meta loss {meta_loss / 2:.3f}")
