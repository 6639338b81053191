# expect: clean
"""A Reptile-style inner loop written with torch.func: the helper takes torch.func.grad through a
functional_call of a GRU, and every call of the helper sits inside cudnn.flags(enabled=False), so the
transform never meets the cuDNN kernel."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def adapt(net, params, x, y, lr=0.1):
    def loss_of(p):
        return ((functional_call(net, p, (x,)) - y) ** 2).mean()
    g = grad(loss_of)(params)
    return {name: params[name] - lr * g[name] for name in params}


torch.manual_seed(0)
net = Net()
for task in range(2):
    x, y = torch.randn(4, 5, 2), torch.randn(4, 1)
    with torch.backends.cudnn.flags(enabled=False):
        fast = adapt(net, dict(net.named_parameters()), x, y)
    print(task, sorted(fast)[0])
