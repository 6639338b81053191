# expect: crash
"""Rip-current warnings from wave-buoy sequences. Architectures are registered in a module-level dict by a
decorator; models live in a dict of dicts keyed by beach and role."""
import torch
from torch import nn

ARCHS = {}


def register(name):
    def deco(cls):
        ARCHS[name] = cls
        return cls
    return deco


@register("gru")
class BuoyGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.risk = nn.Linear(hidden, 2)

    def forward(self, waves):
        return self.risk(self.rnn(waves)[0][:, -1])


@register("lstm")
class BuoyLSTM(BuoyGRU):
    def __init__(self, hidden):
        super().__init__(hidden)
        self.rnn = nn.LSTM(3, hidden, batch_first=True)


BEACHES = {"north": {"arch": "gru", "hidden": 6}, "harbour": {"arch": "lstm", "hidden": 8}}


def build_all(beaches):
    out = {}
    for beach, spec in beaches.items():
        net = ARCHS[spec["arch"]](spec["hidden"])
        out[beach] = {"model": net, "opt": torch.optim.Adam(net.parameters(), lr=1e-2), "hist": []}
    return out


def buoy_batch(bs=4, t=6):
    waves = torch.randn(bs, t, 3)
    return waves, (waves[:, :, 0].max(1).values > 1.0).long()


def train_beach(entry, steps=3):
    for _ in range(steps):
        waves, label = buoy_batch()
        loss = nn.functional.cross_entropy(entry["model"](waves), label)
        entry["opt"].zero_grad()
        loss.backward()  # TM001-here
        entry["opt"].step()
        entry["hist"].append(loss.item())


def main():
    torch.manual_seed(29)
    fleet = build_all(BEACHES)
    print(describe(fleet))
    for beach, entry in fleet.items():
        entry["model"].train(mode=bool(entry["hist"]))
        train_beach(entry)
        print(beach, [round(v, 3) for v in entry["hist"]])


# ---------------------------------------------------------------- reporting helpers
def describe(fleet):
    lines = []
    for beach, entry in fleet.items():
        m = entry["model"].eval()
        with torch.no_grad():
            shape = tuple(m(torch.zeros(1, 4, 3)).shape)
        n = sum(p.numel() for p in m.parameters())
        lines.append(f"{beach:8s} {type(m).__name__:9s} params={n} out={shape}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
