# expect: clean
"""Tide-mill vibration probe: the engine freezes the encoder and puts it in eval mode for a linear probe,
thawing the convolutional stem before the GRU only when the settings say `tune_stem`. The script sets the
nested entry `cfg["probe"]["tune_stem"] = False` (as the defaults do): the whole encoder stays frozen and
the readings need no grad, so the probe's backward stops at the head."""
import torch
from torch import nn


def default_settings():
    return {"width": 8, "probe": {"lr": 0.05, "tune_stem": False}}


class MillNet(nn.Module):
    def __init__(self, width):
        super().__init__()
        self.stem = nn.Conv1d(2, width, 3, padding=1)
        self.gru = nn.GRU(width, width, batch_first=True)

    def encode(self, x):
        return self.gru(torch.relu(self.stem(x.transpose(1, 2))).transpose(1, 2))[0][:, -1]


class ProbeEngine:
    def __init__(self, net, cfg):
        self.net, self.cfg = net, cfg

    def _freeze(self):
        settings = self.cfg["probe"]
        self.net.eval()
        for p in self.net.parameters():
            p.requires_grad_(False)
        if settings["tune_stem"]:
            self.net.stem.requires_grad_(True)

    def probe(self):
        self._freeze()
        head = nn.Linear(self.cfg["width"], 2)
        params = list(head.parameters()) + [p for p in self.net.parameters() if p.requires_grad]
        opt = torch.optim.SGD(params, lr=self.cfg["probe"]["lr"])
        for _ in range(3):
            x, y = torch.randn(4, 7, 2), torch.randint(0, 2, (4,))
            loss = nn.functional.cross_entropy(head(self.net.encode(x)), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()


if __name__ == "__main__":
    torch.manual_seed(3)
    cfg = default_settings()
    cfg["probe"]["tune_stem"] = False
    print(ProbeEngine(MillNet(cfg["width"]), cfg).probe())
