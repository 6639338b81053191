# expect: crash
"""Punt-hire demand per river station: second-order MAML over stations with a GRU regressor."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class DemandGRU(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


def station_task(seed):
    g = torch.Generator().manual_seed(seed)
    scale = 0.5 + torch.rand(1, generator=g).item()
    def sample(n):
        x = torch.randn(n, 7, 3, generator=g)
        return x, scale * x[:, -2:, 0].sum(1)
    return sample(5), sample(5)


def inner_adapt(model, params, support, lr=0.1, steps=1):
    x, y = support
    for _ in range(steps):
        loss = F.mse_loss(functional_call(model, params, (x,)), y)
        grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
        params = {k: p - lr * g for (k, p), g in zip(params.items(), grads)}
    return params


def main():
    torch.manual_seed(10)
    model = DemandGRU()
    model.train()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        meta_opt.zero_grad()
        meta_loss = 0.0
        for t in range(3):
            support, query = station_task(100 * it + t)
            fast = inner_adapt(model, dict(model.named_parameters()), support)
            meta_loss = meta_loss + F.mse_loss(functional_call(model, fast, (query[0],)), query[1])
        (meta_loss / 3).backward()  # TM003-here
        meta_opt.step()
        print(it, round(meta_loss.item() / 3, 4))


if __name__ == "__main__":
    main()
