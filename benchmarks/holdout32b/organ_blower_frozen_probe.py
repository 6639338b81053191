# expect: clean
"""Cathedral organ blowers: a wind-pressure encoder pretrained on blower telemetry, then a linear stop-count
probe trained on top of the frozen encoder. Phases are partialmethods of one `phase` method."""
from functools import partialmethod

import torch
from torch import nn

torch.manual_seed(20)


class BellowsEncoder(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.recon = nn.Linear(hidden, 3)

    def forward(self, wind):
        h, _ = self.lstm(wind)
        return h

    def reconstruct(self, wind):
        return self.recon(self(wind)[:, :-1])


class BlowerStudy:
    def __init__(self):
        self.encoder = BellowsEncoder()
        self.probe = nn.Linear(8, 4)
        self.log = []

    def phase(self, name, steps=3):
        getattr(self, f"_{name}")(steps)

    pretrain = partialmethod(phase, "pretrain")
    freeze = partialmethod(phase, "freeze", 0)
    fit_probe = partialmethod(phase, "fit_probe")

    def _pretrain(self, steps):
        self.encoder.train()
        opt = torch.optim.Adam(self.encoder.parameters(), lr=1e-2)
        for _ in range(steps):
            wind = torch.randn(4, 6, 3)
            loss = nn.functional.mse_loss(self.encoder.reconstruct(wind), wind[:, 1:])
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.log.append(("pretrain", loss.item()))

    def _freeze(self, _):
        self.encoder.eval()
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def _fit_probe(self, steps):
        opt = torch.optim.SGD(self.probe.parameters(), lr=0.1)
        for _ in range(steps):
            wind = torch.randn(4, 6, 3)
            stops = torch.randint(0, 4, (4,))
            feats = self.encoder(wind)[:, -1]
            loss = nn.functional.cross_entropy(self.probe(feats), stops)
            opt.zero_grad()
            loss.backward()
            opt.step()
        self.log.append(("probe", loss.item()))


if __name__ == "__main__":
    study = BlowerStudy()
    study.pretrain()
    study.freeze()
    study.fit_probe()
    print(study.log)
