# expect: clean
"""Calibration freezes parts of a multi-branch tagger by chaining its ModuleLists (`itertools.chain(model.norms,
model.heads)`) and switching each part to eval; the GRU encoders are not among them and stay in train mode."""
import itertools

import torch
import torch.nn as nn


class Branches(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoders = nn.ModuleList([nn.GRU(3, 3, batch_first=True) for _ in range(2)])
        self.norms = nn.ModuleList([nn.LayerNorm(3) for _ in range(2)])
        self.heads = nn.ModuleList([nn.Linear(3, 1)])
        self.temperature = nn.Parameter(torch.ones(1))

    def forward(self, x):
        for encoder, norm in zip(self.encoders, self.norms):
            x = norm(encoder(x)[0])
        return self.heads[0](x) / self.temperature


torch.manual_seed(0)
model = Branches()
for part in itertools.chain(model.norms, model.heads):
    part.eval()
opt = torch.optim.LBFGS([model.temperature], lr=0.1)
x, y = torch.randn(2, 4, 3), torch.randn(2, 4, 1)


def closure():
    opt.zero_grad()
    loss = (model(x) - y).pow(2).mean()
    loss.backward()
    return loss


opt.step(closure)
print(model.temperature.item())
