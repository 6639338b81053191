# expect: clean
"""Freezing statistics by class: the classes to put in eval mode are a module-level tuple, and it names
only normalisation layers: the GRU keeps training."""
import torch
import torch.nn as nn
import torch.nn.functional as F

FROZEN = (nn.BatchNorm1d, nn.LayerNorm)


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn = nn.BatchNorm1d(6)
        self.gru = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        x = self.bn(x.transpose(1, 2)).transpose(1, 2)
        return self.head(self.gru(x)[1][-1])


def freeze(model):
    for m in model.modules():
        if isinstance(m, FROZEN):
            m.eval()


net = Net()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
net.train()
freeze(net)
for _ in range(2):
    x, y = torch.randn(4, 5, 6), torch.randint(0, 2, (4,))
    loss = F.cross_entropy(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
