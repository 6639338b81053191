# expect: clean
"""Plasterers' lime set: predict the set time of a lime plaster coat.

The wrapper marks itself as "not training" with an attribute assignment while
it fine-tunes on one wall's readings; that flag is only read by its own
augmentation switch, and the recurrent core keeps its own mode.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SetTimeModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.core = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        if self.training:
            x = x + 0.02 * torch.randn_like(x)
        h, _ = self.core(x)
        return self.head(h[:, -1]).squeeze(-1)


def wall_readings(batch=4, steps=7):
    x = torch.rand(batch, steps, 3)
    return x, 24 + 10 * x[..., 1].mean(1) - 5 * x[..., 2].mean(1)


def main():
    torch.manual_seed(73)
    model = SetTimeModel()
    opt = torch.optim.Adam(model.parameters(), lr=2e-2)
    model.train()
    for _ in range(4):
        x, y = wall_readings()
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    # fine-tune on one wall without input augmentation
    model.training = False
    x, y = wall_readings(batch=2)
    for step in range(3):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"wall step {step}: {loss.item():.4f} (wrapper training={model.training}, core training={model.core.training})")


if __name__ == "__main__":
    main()
