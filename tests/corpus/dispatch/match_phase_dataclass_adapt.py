# expect: clean
"""The phase is a dataclass chosen with `match` on class patterns; the caller asks for `Phase("deploy",
adapt=True)`, whose case puts the model in train mode, before its adaptation step."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass
class Phase:
    kind: str
    adapt: bool = False


class SleepStager(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 10, batch_first=True)
        self.head = nn.Linear(10, 5)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def enter(model, phase):
    match phase:
        case Phase(kind="fit"):
            model.train()
        case Phase(kind="deploy", adapt=True):
            model.train()
        case Phase(kind="deploy"):
            model.eval()
        case _:
            raise ValueError(phase)


def adapt_step(model, opt, x, y):
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


model = SleepStager()
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(4, 30, 3), torch.randint(0, 5, (4,))
enter(model, Phase("fit"))
adapt_step(model, opt, x, y)
enter(model, Phase("deploy", adapt=True))
print(adapt_step(model, opt, x, y))
