# expect: crash
"""Weir-keeper sluice timing: second-order MAML over weirs, each weir a task, inner loop with create_graph."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(7)
INNER_LR, META_LR, TASKS, INNER_STEPS = 0.1, 1e-3, 3, 1


class SluiceRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def sample_task():
    w = torch.randn(2, 1)
    def draw(n):
        x = torch.randn(n, 5, 2)
        return x, x.sum(1) @ w
    return draw(4), draw(4)


def adapt(model, params, x, y):
    for _ in range(INNER_STEPS):
        loss = nn.functional.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - INNER_LR * g for (k, v), g in zip(params.items(), grads)}
    return params


if __name__ == "__main__":
    model = SluiceRNN().train()
    meta_opt = torch.optim.Adam(model.parameters(), META_LR)
    for it in range(2):
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(TASKS):
            (xs, ys), (xq, yq) = sample_task()
            fast = adapt(model, dict(model.named_parameters()), xs, ys)
            q = nn.functional.mse_loss(functional_call(model, fast, (xq,)), yq)
            q.backward()  # TM003-here
            total += q.item()
        meta_opt.step()
        print("meta iter", it, total / TASKS)
