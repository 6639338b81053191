# expect: clean
"""Glucose forecasting from wearables; the phase is chosen by `match` on dataclass patterns."""
from dataclasses import dataclass
import torch
import torch.nn as nn

torch.manual_seed(8)


@dataclass
class Phase:
    kind: str
    personalise: bool = False


class CGMForecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 12, batch_first=True)
        self.out = nn.Linear(12, 6)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def set_phase(model, phase):
    match phase:
        case Phase(kind="pretrain"):
            model.train()
        case Phase(kind="deploy", personalise=True):
            model.train()  # on-device fine-tuning needs the training path
        case Phase(kind="deploy"):
            model.eval()
        case _:
            raise ValueError(phase)


def personalise(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    m = CGMForecaster()
    x, y = torch.randn(4, 24, 4), torch.randn(4, 6)
    set_phase(m, Phase("pretrain"))
    personalise(m, x, y)
    set_phase(m, Phase("deploy", personalise=True))
    print("patient loss", personalise(m, x, y))
