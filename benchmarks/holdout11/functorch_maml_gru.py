# expect: crash
# functorch-style MAML (as in the functorch MAML example): the inner loop uses torch.func.grad over
# functional_call through a GRU regressor. The model is in train mode -- functorch transforms through a cuDNN RNN
# still fail on a GPU.
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class SineGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(1, 16, batch_first=True)
        self.out = nn.Linear(16, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0]).squeeze(-1)  # TM002-here


def sample_task(k=5, T=6):
    amp, phase = torch.rand(1) * 4 + 0.1, torch.rand(1) * 3
    x = torch.rand(k, T, 1) * 10 - 5
    return x, amp * torch.sin(x.squeeze(-1) + phase)


def inner_loss(params, model, x, y):
    return nn.functional.mse_loss(functional_call(model, params, (x,)), y)


def adapt(model, params, x, y, lr=0.01, steps=1):
    for _ in range(steps):
        g = grad(inner_loss)(params, model, x, y)
        params = {k: p - lr * g[k] for k, p in params.items()}
    return params


torch.manual_seed(0)
net = SineGRU()
meta_opt = torch.optim.Adam(net.parameters(), 1e-3)
for it in range(2):
    meta_opt.zero_grad()
    for _ in range(2):
        xs, ys = sample_task()
        fast = adapt(net, dict(net.named_parameters()), xs, ys)
        xq, yq = sample_task()
        inner_loss(fast, net, xq, yq).backward()
    meta_opt.step()
print("done")
