# expect: crash
"""Tawing drum monitor: grade alum-tawed hides from drum torque/temperature traces.

The workshop object holds the stations; a grading inspector is attached to the drum
model for the nightly report, and the same drum model is then fine-tuned.
"""
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class DrumModel(nn.Module):
    def __init__(self, n_in=4, hidden=10, grades=4):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, grades)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out.mean(1))


@dataclass
class Stations:
    drum: DrumModel = field(default_factory=DrumModel)
    soak_minutes: int = 40


@dataclass
class Workshop:
    name: str
    stations: Stations = field(default_factory=Stations)


class Inspector:
    """Deterministic grading: dropout-free, fixed statistics."""

    def __init__(self, net):
        self.net = net
        self.net.eval()

    @torch.no_grad()
    def report(self, traces):
        grades = self.net(traces).argmax(-1)
        return {g: int((grades == g).sum()) for g in range(4)}


def fine_tune(shop, data, epochs=2):
    drum = shop.stations.drum
    opt = torch.optim.Adam(drum.parameters(), lr=3e-3)
    for ep in range(epochs):
        for x, y in data:
            loss = F.cross_entropy(drum(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {ep} loss {loss.item():.3f}")


def main():
    shop = Workshop("north yard")
    inspector = Inspector(shop.stations.drum)
    traces = torch.randn(6, 9, 4)
    print("report", inspector.report(traces))
    data = [(torch.randn(4, 9, 4), torch.randint(0, 4, (4,))) for _ in range(3)]
    fine_tune(shop, data)


if __name__ == "__main__":
    main()
