# expect: crash
"""River gauging: stage-to-discharge correction learned gauge by gauge.  After the upland
gauge the model moves on to the tidal gauge, with an EWC penalty so it keeps the first."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("gauging")

CONFIG = {"hidden": 8, "window": 6, "lr": 5e-3, "steps": 4, "ewc_lambda": 50.0}


class RatingCurveRNN(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.inp = nn.Linear(2, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.q = nn.Linear(hidden, 1)

    def forward(self, stage):
        h, _ = self.gru(torch.relu(self.inp(stage)))
        return self.q(h[:, -1])


def gauge_batches(n, shift, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        stage = torch.randn(4, CONFIG["window"], 2, generator=g) + shift
        out.append((stage, stage[:, -1, :1] ** 2 * 0.3))
    return out


class EWC:
    """Diagonal Fisher around the parameters learned on an earlier gauge."""

    def __init__(self, model, batches):
        self.model = model
        self.anchor = {n: p.detach().clone() for n, p in model.named_parameters()}
        self.fisher = self._fisher(batches)

    def _fisher(self, batches):
        was_training = self.model.training
        self.model.eval()  # no dropout noise in the Fisher estimate
        fisher = {n: torch.zeros_like(p) for n, p in self.model.named_parameters()}
        for stage, q in batches:
            self.model.zero_grad()
            loss = nn.functional.mse_loss(self.model(stage), q)
            loss.backward()  # TM001-here
            for n, p in self.model.named_parameters():
                fisher[n] += p.grad.detach() ** 2 / len(batches)
        self.model.train(was_training)
        return fisher

    def penalty(self):
        return sum((self.fisher[n] * (p - self.anchor[n]) ** 2).sum()
                   for n, p in self.model.named_parameters())


def fit(model, batches, ewc=None):
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    model.train()
    for step in range(CONFIG["steps"]):
        for stage, q in batches:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(stage), q)
            if ewc is not None:
                loss = loss + CONFIG["ewc_lambda"] * ewc.penalty()
            loss.backward()
            opt.step()
    return loss.item()


def main():
    torch.manual_seed(2)
    model = RatingCurveRNN(CONFIG["hidden"])
    upland, tidal = gauge_batches(3, 0.0, 1), gauge_batches(3, 1.5, 2)
    log.info("upland loss %.4f", fit(model, upland))
    ewc = EWC(model, upland)
    log.info("tidal loss %.4f", fit(model, tidal, ewc))


if __name__ == "__main__":
    main()
