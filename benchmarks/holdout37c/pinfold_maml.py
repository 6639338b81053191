# expect: clean
"""Pinfold stray-count forecasting: one meta-model adapted per village pound.

Second-order MAML; the recurrent part steps an LSTMCell so the inner-loop
gradients can themselves be differentiated.
"""
import torch
import torch.nn as nn
from torch.func import functional_call


class PoundModel(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.cell = nn.LSTMCell(2, hidden)
        self.out = nn.Linear(hidden, 1)
        self.hidden = hidden

    def forward(self, x):
        h = c = x.new_zeros(x.size(0), self.hidden)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def pound_task(n=4, seq=5):
    scale = torch.rand(1) * 3
    x = torch.randn(2 * n, seq, 2)
    y = scale * x[:, :, 0].sum(1)
    return (x[:n], y[:n]), (x[n:], y[n:])


def adapt(model, params, support, inner_lr=0.05, steps=1):
    x, y = support
    for _ in range(steps):
        loss = ((functional_call(model, params, (x,)) - y) ** 2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: v - inner_lr * g for (k, v), g in zip(params.items(), grads)}
    return params


def meta_train(iterations=3, tasks_per_batch=2):
    torch.manual_seed(21)
    model = PoundModel()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(iterations):
        model.train()
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(tasks_per_batch):
            support, query = pound_task()
            fast = adapt(model, dict(model.named_parameters()), support)
            qx, qy = query
            q_loss = ((functional_call(model, fast, (qx,)) - qy) ** 2).mean()
            (q_loss / tasks_per_batch).backward()
            total += q_loss.item()
        meta_opt.step()
        print(f"meta-iter {it}: query loss {total / tasks_per_batch:.4f}")


if __name__ == "__main__":
    meta_train()
