# expect: clean
"""Jet carving: predict whether a Whitby jet blank will craze under the polishing wheel.

The wrapper keeps a `training` flag of its own that the logging code reads; the polishing schedule
switches it off when the wheel speed log says the bench is in "inspection" phase.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("jet")
CONFIG = {"hidden": 8, "n_in": 3, "steps": 9, "batch": 4, "lr": 4e-3, "phases": ["rough", "inspection", "fine"]}


class CrazeDetector(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, batch_first=True)
        self.classifier = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 2))

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.classifier(h[:, -1])


class Bench(nn.Module):
    """Wraps the detector and remembers whether we're logging train or inspection numbers."""

    def __init__(self, detector):
        super().__init__()
        self.detector = detector

    def forward(self, x):
        return self.detector(x)

    def set_phase(self, phase):
        self.training = phase != "inspection"


def run_phase(bench, opt, phase):
    bench.set_phase(phase)
    x = torch.randn(CONFIG["batch"], CONFIG["steps"], CONFIG["n_in"])
    y = torch.randint(0, 2, (CONFIG["batch"],))
    opt.zero_grad()
    loss = F.cross_entropy(bench(x), y)
    loss.backward()
    opt.step()
    tag = "train" if bench.training else "inspect"
    log.info("%s phase (%s): loss %.4f", phase, tag, loss.item())
    return loss.item()


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(6)
    bench = Bench(CrazeDetector(CONFIG["n_in"], CONFIG["hidden"]))
    opt = torch.optim.Adam(bench.parameters(), lr=CONFIG["lr"])
    for rnd in range(2):
        for phase in CONFIG["phases"]:
            run_phase(bench, opt, phase)


if __name__ == "__main__":
    main()
