# expect: clean
"""MAML on sine-wave sequence regression with torch.func: the inner loop takes torch.func.grad of a
functional_call through an LSTM, then the query loss is backpropagated to the meta-parameters. Every forward that
the transforms or the second-order meta-gradient see runs inside cudnn.flags(enabled=False)."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class SeqRegressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(1, 16, batch_first=True)
        self.out = nn.Linear(16, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


def sample_task(n=5, L=8):
    amp, phase = torch.rand(()) * 4 + 0.1, torch.rand(()) * 3.14
    t = torch.rand(n, 1) * 2 + torch.linspace(0, 3, L)
    x = (amp * torch.sin(t + phase)).unsqueeze(-1)
    return x[:, :-1], x[:, 1:]


def inner_adapt(model, params, x, y, lr=0.01, steps=1):
    def loss_fn(p):
        return ((functional_call(model, p, (x,)) - y) ** 2).mean()
    for _ in range(steps):
        g = grad(loss_fn)(params)
        params = {k: params[k] - lr * g[k] for k in params}
    return params


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SeqRegressor()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        meta_opt.zero_grad()
        for _ in range(2):
            xs, ys = sample_task()
            xq, yq = sample_task()
            with torch.backends.cudnn.flags(enabled=False):
                fast = inner_adapt(model, dict(model.named_parameters()), xs, ys)
                query_loss = ((functional_call(model, fast, (xq,)) - yq) ** 2).mean()
            query_loss.backward()
        meta_opt.step()
        print("meta-iter", it)
