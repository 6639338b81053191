# expect: crash
"""A weaving floor keeps its looms in a dict field filled by `install()` under each loom's name.
The "damask" loom's tension model is built for serving (`TensionNet.built(serving=True)` returns it
in eval mode); the floor then fine-tunes the loom it looks up by `damask.name`: the serving model's
forward runs in eval mode and the backward through its LSTM fails under cuDNN."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F


class TensionNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)

    @classmethod
    def built(cls, serving=False):
        net = cls()
        return net.eval() if serving else net


@dataclass
class Loom:
    name: str
    model: nn.Module


@dataclass
class Floor:
    looms: dict = field(default_factory=dict)

    def install(self, loom):
        self.looms[loom.name] = loom
        return loom


def tune(loom, steps=2):
    opt = torch.optim.SGD(loom.model.parameters(), lr=0.05)
    for _ in range(steps):
        x = torch.randn(4, 6, 3)
        loss = F.mse_loss(loom.model(x), x[:, -1, 0])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(1)
    floor = Floor()
    damask = floor.install(Loom("damask", TensionNet.built(serving=True)))
    twill = floor.install(Loom("twill", TensionNet.built()))
    loom = floor.looms[damask.name]
    print("tuned", tune(loom))
