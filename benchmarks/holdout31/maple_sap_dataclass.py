# expect: clean
"""Maple sap flow: litres per tap per day from the freeze/thaw temperature
sequence. The experiment is a dataclass owning its model and optimiser
(default_factory). A 'report mode' flag is flipped by attribute assignment
on the wrapper before a short fine-tune on the newest sugar-bush data."""
from dataclasses import dataclass, field

import torch
from torch import nn

torch.manual_seed(14)


class SapFlowNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(2, hidden, batch_first=True)
        self.decoder = nn.Linear(hidden, 1)

    def forward(self, temps):
        h, _ = self.encoder(temps)
        return nn.functional.softplus(self.decoder(h[:, -1])).squeeze(-1)


def bush_days(n=8, hours=12, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, hours, 2, generator=g)  # air temp, soil temp
    swing = x[..., 0].max(1).values - x[..., 0].min(1).values
    return x, swing.clamp(min=0) * 0.5


@dataclass
class Experiment:
    model: nn.Module = field(default_factory=SapFlowNet)
    lr: float = 1e-2
    history: list = field(default_factory=list)

    def __post_init__(self):
        self.opt = torch.optim.Adam(self.model.parameters(), lr=self.lr)

    def step(self, x, y):
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.history.append(loss.item())

    def fit(self, epochs=3):
        self.model.train()
        for e in range(epochs):
            self.step(*bush_days(seed=e))

    def report_mode(self):
        # mark the wrapper as "not training" for the report writer below; this
        # is a plain attribute assignment and does not touch the submodules
        self.model.training = False

    def report(self):
        with torch.no_grad():
            x, y = bush_days(seed=100)
            return nn.functional.l1_loss(self.model(x), y).item()


def main():
    exp = Experiment()
    exp.fit()
    exp.report_mode()
    print("report MAE", round(exp.report(), 4), "wrapper training =", exp.model.training)
    # newest data arrives: one more adaptation step without going back to fit()
    exp.step(*bush_days(seed=200))
    print("history", [round(h, 3) for h in exp.history])


if __name__ == "__main__":
    main()
