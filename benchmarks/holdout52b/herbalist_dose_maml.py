# expect: crash
"""Herbalist: few-shot dosage regression per patient group with second-order MAML.
Each task is one group; the inner step keeps its graph so the outer update sees it."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(6)

INNER_LR = 0.1
META_LR = 1e-2


class DoseNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="tanh")
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def sample_task(k=4, t=5):
    w = torch.randn(3)
    xs = torch.randn(2 * k, t, 3)
    ys = (xs.sum(1) @ w) * 0.1
    return (xs[:k], ys[:k]), (xs[k:], ys[k:])


def adapt(model, params, support, steps=1, second_order=True):
    x, y = support
    for _ in range(steps):
        pred = functional_call(model, params, (x,))
        loss = ((pred - y) ** 2).mean()
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=second_order)
        params = {k: v - INNER_LR * g for (k, v), g in zip(params.items(), grads)}
    return params


def main():
    model = DoseNet()
    model.train()
    meta_opt = torch.optim.Adam(model.parameters(), lr=META_LR)
    for it in range(2):
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(3):
            support, query = sample_task()
            fast = adapt(model, dict(model.named_parameters()), support)
            qx, qy = query
            q_loss = ((functional_call(model, fast, (qx,)) - qy) ** 2).mean()
            q_loss.backward()  # TM003-here
            total += q_loss.item()
        meta_opt.step()
        print("meta iter", it, round(total / 3, 4))


if __name__ == "__main__":
    main()
