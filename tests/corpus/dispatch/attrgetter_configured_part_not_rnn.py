# expect: crash
# As attrgetter_configured_part_trained.py, but the settings name the projection in front of the
# GRU: the GRU stays in eval mode and the fine-tuning backward crashes.
import operator
from types import SimpleNamespace

import torch
import torch.nn as nn

SETTINGS = SimpleNamespace(finetune=SimpleNamespace(trainable="encoder.proj", steps=2))


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(3, 8)
        self.gru = nn.GRU(8, 8, batch_first=True)

    def forward(self, x):
        return self.gru(self.proj(x))[0][:, -1]


class Wear(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.encoder(x)).squeeze(-1)


def main():
    model = Wear()
    x, y = torch.randn(4, 6, 3), torch.rand(4)
    model.eval()
    with torch.no_grad():
        print("val", nn.functional.mse_loss(model(x), y).item())
    operator.attrgetter(SETTINGS.finetune.trainable)(model).train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(SETTINGS.finetune.steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("tuned", loss.item())


main()
