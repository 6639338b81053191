# expect: clean
"""chandler: wick burn-rate model. Validation runs inside an `evaluating` context manager;
a plateau detector raises out of the block to trigger an LR drop, and training continues."""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F


class Plateau(Exception):
    pass


@contextlib.contextmanager
def evaluating(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)


class WickNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 5, batch_first=True)
        self.fc = nn.Linear(5, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def main():
    torch.manual_seed(6)
    model = WickNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.2)
    x, y = torch.randn(8, 6, 2), torch.randn(8)
    best = float("inf")
    model.train()
    for epoch in range(4):
        for i in range(0, 8, 4):
            opt.zero_grad()
            loss = F.mse_loss(model(x[i:i + 4]), y[i:i + 4])
            loss.backward()
            opt.step()
        try:
            with evaluating(model), torch.no_grad():
                val = F.mse_loss(model(x), y).item()
                if val > best - 1e-6 or epoch == 1:
                    raise Plateau(val)
                best = val
        except Plateau:
            for group in opt.param_groups:
                group["lr"] *= 0.5
            print("plateau at epoch", epoch, "lr", opt.param_groups[0]["lr"])
            continue
        print("epoch", epoch, "val", round(val, 4))


if __name__ == "__main__":
    main()
