# expect: crash
# Sharpness probe of a trained model: the analysis routine puts the model in eval (no dropout noise) and
# estimates the top Hessian eigenvalue by power iteration with autograd.functional.hvp. In eval mode the
# training-mode check of the first backward fires before the double-backward limitation.
import torch
import torch.nn as nn
from torch.autograd.functional import hvp


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 8, batch_first=True, nonlinearity="relu")
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


torch.manual_seed(0)
net = Net()
x, y = torch.randn(6, 5, 4), torch.randn(6)
opt = torch.optim.SGD(net.parameters(), lr=0.05)
for _ in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(net(x), y).backward()
    opt.step()

net.eval()
names = [n for n, _ in net.named_parameters()]
params = tuple(p.detach().clone() for p in net.parameters())


def loss_of(*ps):
    out = torch.func.functional_call(net, dict(zip(names, ps)), (x,))
    return nn.functional.mse_loss(out, y)


v = tuple(torch.randn_like(p) for p in params)
for it in range(2):
    _, hv = hvp(loss_of, params, v)  # TM001-here
    norm = torch.sqrt(sum((h ** 2).sum() for h in hv))
    v = tuple(h / norm for h in hv)
    print("lambda_max ~", norm.item())
print("done")
