# expect: clean
"""SAM for a Conv+BatchNorm+GRU tagger. During the second pass only the BatchNorm
layers are frozen (running stats), via Module.apply."""
import torch
import torch.nn as nn


def disable_running_stats(model):
    def _disable(module):
        if isinstance(module, nn.BatchNorm1d):
            module.backup_momentum = module.momentum
            module.momentum = 0
            module.training = False
    model.apply(_disable)


def enable_running_stats(model):
    def _enable(module):
        if isinstance(module, nn.BatchNorm1d) and hasattr(module, "backup_momentum"):
            module.momentum = module.backup_momentum
            module.training = True
    model.apply(_enable)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(5, 8, 3, padding=1)
        self.bn = nn.BatchNorm1d(8)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        h = torch.relu(self.bn(self.conv(x.transpose(1, 2)))).transpose(1, 2)
        return self.out(self.gru(h)[0])


torch.manual_seed(0)
model = Tagger()
base = torch.optim.SGD(model.parameters(), lr=0.05)
rho = 0.05
for step in range(2):
    x, y = torch.randn(4, 7, 5), torch.randint(0, 3, (4, 7))
    enable_running_stats(model)
    nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1)).backward()
    with torch.no_grad():
        gn = torch.norm(torch.stack([p.grad.norm() for p in model.parameters()]))
        eps = [p.grad * rho / (gn + 1e-12) for p in model.parameters()]
        for p, e in zip(model.parameters(), eps):
            p.add_(e)
    base.zero_grad()
    disable_running_stats(model)
    nn.functional.cross_entropy(model(x).reshape(-1, 3), y.reshape(-1)).backward()
    with torch.no_grad():
        for p, e in zip(model.parameters(), eps):
            p.sub_(e)
    base.step()
    base.zero_grad()
print("done")
