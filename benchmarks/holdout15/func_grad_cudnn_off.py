# expect: clean
"""Meta-learning style inner step with torch.func: `grad` of the loss w.r.t. the
parameters via `functional_call`, then a functional SGD update and an outer
evaluation. All functorch calls that go through the GRU run inside
`torch.backends.cudnn.flags(enabled=False)`, the documented workaround.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


def loss_fn(params, net, x, y):
    return nn.functional.mse_loss(functional_call(net, params, (x,)), y)


torch.manual_seed(0)
net = Net()
params = {k: v.detach() for k, v in net.named_parameters()}
x_s, y_s = torch.randn(5, 4, 2), torch.randn(5, 1)
x_q, y_q = torch.randn(5, 4, 2), torch.randn(5, 1)
for step in range(3):
    with torch.backends.cudnn.flags(enabled=False):
        g = grad(loss_fn)(params, net, x_s, y_s)
    params = {k: params[k] - 0.1 * g[k] for k in params}
    with torch.no_grad():
        print(step, loss_fn(params, net, x_q, y_q).item())
