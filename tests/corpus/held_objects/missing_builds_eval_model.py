# expect: crash
"""Per-region forecasters live in a dict subclass whose `__missing__` builds a fresh model ready for scoring
(`.eval()`); the first fine-tuning of a region reads it from the dict and trains it in eval mode."""
import torch
import torch.nn as nn


class RegionGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Forecasters(dict):
    def __missing__(self, region):
        model = RegionGRU().eval()
        self[region] = model
        return model


def finetune(bank, region, x, y):
    model = bank[region]
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


bank = Forecasters()
x, y = torch.randn(3, 12, 2), torch.randn(3, 1)
print(finetune(bank, "north", x, y))
