# expect: crash
"""Well-sinking survey: predict water-table depth along a dowser's walked transect from
soil-resistivity probes. The same script trains from scratch or resumes the surveyor's
last exported model, chosen by a settings dict at the top."""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(31)
SETTINGS = {"arch": "resume", "hidden": 8, "lr": 1e-2, "steps": 3}
EXPORT = os.path.join(tempfile.gettempdir(), f"dowsing_{os.getpid()}.pt")


class TransectGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True)
        self.depth = nn.Linear(hidden, 1)

    def forward(self, probes):
        seq, _ = self.rnn(probes)
        return self.depth(seq).squeeze(-1)


class TransectLSTM(TransectGRU):
    def __init__(self, hidden):
        super().__init__(hidden)
        self.rnn = nn.LSTM(2, hidden, batch_first=True)


def last_season_export():
    m = TransectLSTM(SETTINGS["hidden"])
    m.eval()
    torch.save(m, EXPORT)


def build_model():
    arch = SETTINGS["arch"]
    if arch == "gru":
        model = TransectGRU(SETTINGS["hidden"])
    elif arch == "lstm":
        model = TransectLSTM(SETTINGS["hidden"])
    elif arch == "resume":
        model = torch.load(EXPORT, weights_only=False)
    else:
        raise ValueError(arch)
    return model


def walk(batch=4, stations=12):
    probes = torch.rand(batch, stations, 2)
    return probes, 5 + 3 * probes[..., 1]


def main():
    last_season_export()
    try:
        model = build_model()
        if SETTINGS["arch"] != "resume":
            model.train()
        opt = torch.optim.Adam(model.parameters(), lr=SETTINGS["lr"])
        for step in range(SETTINGS["steps"]):
            probes, depth = walk()
            opt.zero_grad()
            loss = F.mse_loss(model(probes), depth)
            loss.backward()  # TM001-here
            opt.step()
            print(f"step {step} loss {loss.item():.3f}")
    finally:
        os.remove(EXPORT)


if __name__ == "__main__":
    main()
