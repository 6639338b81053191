# expect: clean
"""Sliced score matching on sequences with an LSTM score network. The Hessian-
vector term is a double backward, so the whole step runs with cuDNN disabled."""
import torch
import torch.nn as nn


class ScoreNet(nn.Module):
    def __init__(self, d=2):
        super().__init__()
        self.lstm = nn.LSTM(d, 8, batch_first=True)
        self.out = nn.Linear(8, d)

    def forward(self, x):
        return self.out(self.lstm(x)[0])


def ssm_loss(net, x):
    x = x.requires_grad_(True)
    v = torch.randn_like(x)
    s = net(x)
    sv = (s * v).sum()
    gsv, = torch.autograd.grad(sv, x, create_graph=True)
    return ((gsv * v).sum((1, 2)) + 0.5 * (s * v).sum((1, 2)) ** 2).mean()


torch.manual_seed(0)
net = ScoreNet()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for step in range(2):
    with torch.backends.cudnn.flags(enabled=False):
        loss = ssm_loss(net, torch.randn(4, 6, 2))
        opt.zero_grad()
        loss.backward()
    opt.step()
    print(step, loss.item())
