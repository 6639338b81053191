# expect: clean
"""Cooper: second-order MAML over barrel batches (each barrel = one task), GRU regressor of stave moisture."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(9)


class StaveGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.lin = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.lin(o[:, -1]).squeeze(-1)


def task(n=4):
    w = torch.randn(3)
    xs, xq = torch.randn(n, 5, 3), torch.randn(n, 5, 3)
    return xs, (xs.sum(1) @ w) * 0.1, xq, (xq.sum(1) @ w) * 0.1


net = StaveGRU()
meta_opt = torch.optim.Adam(net.parameters(), lr=1e-3)
inner_lr = 0.1
for it in range(2):
    meta_opt.zero_grad()
    total = 0.0
    for _ in range(2):
        xs, ys, xq, yq = task()
        params = dict(net.named_parameters())
        l_in = (functional_call(net, params, (xs,)) - ys).pow(2).mean()
        grads = torch.autograd.grad(l_in, list(params.values()), create_graph=False)  # first-order MAML: no second derivative
        fast = {k: p - inner_lr * g for (k, p), g in zip(params.items(), grads)}
        total = total + (functional_call(net, fast, (xq,)) - yq).pow(2).mean()
    total.backward()
    meta_opt.step()
print("meta-training done")
