# expect: clean
"""Kelp-forest sonar: canopy-density regression; the run mode is a tuple of flags matched at start-up."""
import sys

import torch
import torch.nn as nn


class Sonar(nn.Module):
    def __init__(self):
        super().__init__()
        self.front = nn.Conv1d(2, 6, 3, padding=1)
        self.rnn = nn.GRU(6, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def encode(self, pings):
        z = torch.relu(self.front(pings.transpose(1, 2))).transpose(1, 2)
        return self.rnn(z)[0][:, -1]

    def forward(self, pings):
        return self.head(self.encode(pings)).squeeze(-1)


def parse_flags(argv):
    flags = {"freeze": True, "linear_probe": True}
    for a in argv:
        if a.startswith("--no-"):
            flags[a[5:].replace("-", "_")] = False
    return flags["freeze"], flags["linear_probe"]


torch.manual_seed(12)
model = Sonar()
pings, density = torch.randn(5, 20, 2), torch.rand(5)
match parse_flags(sys.argv[1:]):
    case (True, True):
        model.front.requires_grad_(False)
        model.rnn.requires_grad_(False)
        model.rnn.eval()
        params = list(model.head.parameters())
    case (True, False):
        model.requires_grad_(False)
        model.head.requires_grad_(True)
        params = list(model.head.parameters())
    case _:
        params = list(model.parameters())

opt = torch.optim.Adam(params, lr=1e-2)
for step in range(3):
    loss = nn.functional.mse_loss(model(pings), density)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
