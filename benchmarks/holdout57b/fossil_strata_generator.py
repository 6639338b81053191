# expect: crash
"""Fossil strata dating: an LSTM reads core-sample layers and regresses the
age of the deepest layer. Batches come from a generator that also runs a
quick held-out check every few batches, switching the model between yields."""
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)
random.seed(13)
MINERALS, HID = 4, 9


class StrataDater(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(MINERALS, HID, batch_first=True)
        self.head = nn.Linear(HID, 1)

    def forward(self, cores):
        out, _ = self.lstm(cores)
        return self.head(out[:, -1]).squeeze(-1)


def synth(b, depth=8):
    cores = torch.rand(b, depth, MINERALS)
    age = cores[:, :, 0].sum(1) + 0.1 * torch.randn(b)
    return cores, age


def batch_stream(model, n_batches, holdout, check_every=2):
    model.train()
    for i in range(n_batches):
        yield synth(4)
        if (i + 1) % check_every == 0:
            model.eval()
            with torch.no_grad():
                err = F.l1_loss(model(holdout[0]), holdout[1]).item()
            print(f"  after batch {i + 1}: holdout MAE {err:.3f}")


def main():
    model = StrataDater()
    opt = torch.optim.RMSprop(model.parameters(), lr=5e-3)
    holdout = synth(6)
    for epoch in range(2):
        for cores, age in batch_stream(model, 5, holdout):
            loss = F.mse_loss(model(cores), age)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch} last loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
