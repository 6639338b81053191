# expect: clean
"""Stage functions run by a dict comprehension over a row written out: `{fn.__name__: fn(model, batch) for fn
in (calibrate, audit)}` calls them one after another, as a for loop would; calibration comes first, in train
mode, and the audit that evaluates runs last."""
import torch
import torch.nn as nn


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.GRU(3, 8, batch_first=True)
        self.level = nn.Linear(8, 1)

    def forward(self, x):
        return self.level(self.encoder(x)[0][:, -1])


def audit(model, batch):
    model.eval()
    with torch.no_grad():
        return nn.functional.l1_loss(model(batch[0]), batch[1]).item()


def calibrate(model, batch):
    loss = nn.functional.mse_loss(model(batch[0]), batch[1])
    loss.backward()
    return loss.item()


def run_stages(model, batch):
    return {fn.__name__: fn(model, batch) for fn in (calibrate, audit)}


def main():
    torch.manual_seed(1)
    model = Forecaster()
    batch = (torch.randn(4, 5, 3), torch.randn(4, 1))
    print(run_stages(model, batch))


if __name__ == "__main__":
    main()
