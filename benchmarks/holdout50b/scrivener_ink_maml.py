# expect: crash
"""Scriptorium: each scribe is a task. A GRU reads quill-pressure strokes and
predicts ink blotting; second-order MAML learns an initialisation that adapts to
a new scribe in two steps."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

torch.manual_seed(7)


class BlotNet(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.gru = nn.GRU(2, hid, batch_first=True)
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def scribe_task(k=4, t=7):
    bias = torch.randn(2)
    def draw():
        x = torch.randn(k, t, 2) + bias
        return x, (x * bias).sum(-1).mean(1)
    return draw(), draw()


def adapt(model, params, support, inner_lr=0.1, steps=2):
    xs, ys = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: p - inner_lr * g for (k, p), g in zip(params.items(), grads)}
    return params


def meta_train(model, meta_steps=3, tasks_per_step=2):
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(meta_steps):
        meta_opt.zero_grad()
        meta_loss = 0.0
        for _ in range(tasks_per_step):
            support, query = scribe_task()
            fast = adapt(model, dict(model.named_parameters()), support)
            xq, yq = query
            meta_loss = meta_loss + F.mse_loss(functional_call(model, fast, (xq,)), yq)
        meta_loss = meta_loss / tasks_per_step
        meta_loss.backward()  # TM003-here
        meta_opt.step()
        print(f"meta step {step} query loss {meta_loss.item():.4f}")


if __name__ == "__main__":
    meta_train(BlotNet())
