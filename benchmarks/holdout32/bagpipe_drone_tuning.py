# expect: crash
"""Bagpipe drone tuning: predict the pitch drift (cents) of each drone over a
tune from bag pressure and reed temperature. A small ensemble of GRUs is
trained side by side; members and optimisers are zipped together.
"""
import statistics

import torch
import torch.nn as nn

N_MEMBERS, HIDDEN, STEPS = 3, 6, 8


class DroneGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(2, HIDDEN, batch_first=True)
        self.cents = nn.Linear(HIDDEN, 3)  # bass, tenor, tenor

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cents(h[:, -1])


class DroneEnsemble:
    def __init__(self, members):
        self.members = members
        self.training = True

    def eval(self):
        self.training = False
        for m in self.members:
            m.eval()
        return self

    def train(self):
        self.training = True
        return self

    def predict(self, x):
        with torch.no_grad():
            preds = torch.stack([m(x) for m in self.members])
        return preds.mean(0), preds.std(0)


def tune(n):
    x = torch.rand(n, STEPS, 2)
    drift = torch.stack([x[:, :, 0].mean(1) * 8, x[:, :, 1].mean(1) * 5, x[:, :, 1].mean(1) * 5 - 1], 1)
    return x, drift


def main():
    torch.manual_seed(18)
    members = [DroneGRU() for _ in range(N_MEMBERS)]
    opts = [torch.optim.Adam(m.parameters(), lr=1e-2) for m in members]
    ens = DroneEnsemble(members)
    for m in members:
        m.train()
    val = tune(4)
    for epoch in range(3):
        ens.train()
        x, y = tune(8)
        losses = []
        for member, opt in zip(members, opts):
            loss = nn.functional.mse_loss(member(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
            losses.append(loss.item())
        mean, spread = ens.eval().predict(val[0])
        print(f"epoch {epoch} member loss {statistics.mean(losses):.3f} "
              f"val mse {nn.functional.mse_loss(mean, val[1]).item():.3f} spread {spread.mean():.3f}")


if __name__ == "__main__":
    main()
