# expect: crash
# MAML on sequence regression tasks (second-order): the cuDNN-off guard is applied only around the meta
# backward, not around the forwards, so the GRU forward runs on cuDNN and the double backward fails.
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class Learner(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(1, 10, batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0])


def no_cudnn():
    return torch.backends.cudnn.flags(enabled=False, benchmark=False, deterministic=False, allow_tf32=True)


def sample_task():
    amp, phase = torch.rand(1) * 2 + 0.5, torch.rand(1) * 3
    t = torch.linspace(0, 3, 8).view(1, 8, 1).repeat(4, 1, 1) + torch.rand(4, 1, 1)
    return t, amp * torch.sin(t + phase)


class MAML:
    def __init__(self, model, inner_lr=0.1, meta_lr=1e-3, guard=no_cudnn):
        self.model, self.inner_lr, self.guard = model, inner_lr, guard
        self.meta_opt = torch.optim.Adam(model.parameters(), lr=meta_lr)

    def adapt(self, params, x, y):
        loss = F.mse_loss(functional_call(self.model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        return {k: p - self.inner_lr * g for (k, p), g in zip(params.items(), grads)}

    def meta_step(self, tasks):
        self.meta_opt.zero_grad()
        total = 0.0
        for x, y in tasks:
            fast = self.adapt(dict(self.model.named_parameters()), x[:2], y[:2])
            q_loss = F.mse_loss(functional_call(self.model, fast, (x[2:],)), y[2:])
            with self.guard():
                q_loss.backward()  # TM003-here
            total += q_loss.item()
        self.meta_opt.step()
        return total / len(tasks)


if __name__ == "__main__":
    torch.manual_seed(0)
    maml = MAML(Learner())
    for it in range(3):
        print(it, round(maml.meta_step([sample_task() for _ in range(2)]), 4))
