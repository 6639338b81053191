# expect: clean
"""Oyster dredging catch per haul: second-order MAML over bed sites with an LSTM regressor."""
import torch
import torch.nn as nn
from torch.func import functional_call

torch.manual_seed(7)


class Catch(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def site_task():
    return (torch.randn(4, 5, 3), torch.randn(4, 1)), (torch.randn(4, 5, 3), torch.randn(4, 1))


def adapt(model, params, support, inner_lr=0.1):
    x, y = support
    loss = ((functional_call(model, params, (x,)) - y) ** 2).mean()
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {k: v - inner_lr * g for (k, v), g in zip(params.items(), grads)}


model = Catch().train()
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
torch.backends.cudnn.enabled = False  # double backward needs the native RNN kernels
for it in range(2):
    meta_opt.zero_grad()
    total = 0.0
    for _ in range(2):
        support, query = site_task()
        fast = adapt(model, dict(model.named_parameters()), support)
        qx, qy = query
        total = total + ((functional_call(model, fast, (qx,)) - qy) ** 2).mean()
    total.backward()
    meta_opt.step()
    print(it, round(total.item(), 4))
