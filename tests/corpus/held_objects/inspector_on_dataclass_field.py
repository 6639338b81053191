# expect: crash
"""A workshop record holds its stations as a dataclass made by `field(default_factory=...)`; a grading inspector is
attached to the drum model and puts it in eval mode, then the same model is fine-tuned through the record. The fix
names the model as the record does, `shop.stations.drum` (fields, not dict entries)."""
from dataclasses import dataclass, field

import torch
import torch.nn as nn
import torch.nn.functional as F


class DrumModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 10, batch_first=True)
        self.head = nn.Linear(10, 4)

    def forward(self, x):
        return self.head(self.rnn(x)[0].mean(1))


@dataclass
class Stations:
    drum: DrumModel = field(default_factory=DrumModel)
    soak_minutes: int = 40


@dataclass
class Workshop:
    name: str
    stations: Stations = field(default_factory=Stations)


class Inspector:
    def __init__(self, net):
        self.net = net
        self.net.eval()

    @torch.no_grad()
    def grade(self, traces):
        return self.net(traces).argmax(-1)


def fine_tune(shop, data):
    drum = shop.stations.drum
    opt = torch.optim.Adam(drum.parameters(), lr=3e-3)
    for x, y in data:
        loss = F.cross_entropy(drum(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


torch.manual_seed(0)
shop = Workshop("north yard")
inspector = Inspector(shop.stations.drum)
print(inspector.grade(torch.randn(6, 9, 4)))
fine_tune(shop, [(torch.randn(4, 9, 4), torch.randint(0, 4, (4,))) for _ in range(2)])
