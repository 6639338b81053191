# expect: clean
"""Dataset distillation: learn a few synthetic sequences so one functional SGD step on them fits real data."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


net = Net()
params = {k: v.detach() for k, v in net.named_parameters()}


def inner_loss(p, x, y):
    return nn.functional.cross_entropy(functional_call(net, p, (x,)), y)


def outer_loss(syn_x, syn_y, real_x, real_y, lr=0.1):
    with torch.backends.cudnn.flags(enabled=False):
        g = grad(inner_loss)(params, syn_x, syn_y)
        fast = {k: params[k] - lr * g[k] for k in params}
        return inner_loss(fast, real_x, real_y)


torch.manual_seed(10)
syn_x = torch.randn(2, 5, 3, requires_grad=True)
syn_y = torch.tensor([0, 1])
real_x, real_y = torch.randn(8, 5, 3), torch.randint(0, 2, (8,))
opt = torch.optim.Adam([syn_x], lr=0.01)
for step in range(3):
    opt.zero_grad()
    loss = outer_loss(syn_x, syn_y, real_x, real_y)
    loss.backward()
    opt.step()
print("distill loss", loss.item())
