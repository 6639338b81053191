# expect: crash
# category: wrappers
"""First-order MAML for few-shot sine regression with an LSTM; meta-test adapts a clone of the learner."""
import copy
import math

import torch
import torch.nn as nn

torch.manual_seed(32)


class SeqRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 12, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


class MetaLearner:
    def __init__(self, module, inner_lr=0.05, inner_steps=2):
        self.module, self.inner_lr, self.inner_steps = module, inner_lr, inner_steps

    def adapt(self, x, y):
        fast = copy.deepcopy(self.module)
        for _ in range(self.inner_steps):
            loss = nn.functional.mse_loss(fast(x), y)
            grads = torch.autograd.grad(loss, list(fast.parameters()))  # TM001-here
            with torch.no_grad():
                for p, g in zip(fast.parameters(), grads):
                    p -= self.inner_lr * g
        return fast


def sample_task(k=5):
    amp, phase = torch.rand(1) * 2 + 0.5, torch.rand(1) * math.pi
    xs = torch.rand(2, k, 1) * 6 - 3
    return xs, amp * torch.sin(xs + phase)


learner = MetaLearner(SeqRegressor())
meta_opt = torch.optim.Adam(learner.module.parameters(), lr=1e-3)
for it in range(4):
    meta_opt.zero_grad()
    for _ in range(2):
        xs, ys = sample_task()
        fast = learner.adapt(xs[:1], ys[:1])
        query_loss = nn.functional.mse_loss(fast(xs[1:]), ys[1:])
        fo_grads = torch.autograd.grad(query_loss, list(fast.parameters()))
        for p, g in zip(learner.module.parameters(), fo_grads):
            p.grad = g if p.grad is None else p.grad + g
    meta_opt.step()
    print(f"meta-iter {it}: query loss {query_loss.item():.4f}")

# meta-test: evaluation mode for the learner, adapt on support, score on query
learner.module.eval()
xs, ys = sample_task()
adapted = learner.adapt(xs[:1], ys[:1])
with torch.no_grad():
    print("meta-test query mse", nn.functional.mse_loss(adapted(xs[1:]), ys[1:]).item())
