# expect: crash
"""Sky-lantern festival: forecast lantern drift from wind-profile sequences.

Training phases are read from a YAML-like settings string and each phase is a
callable step object. The "calm_finetune" phase was written to run with dropout
off (mode: eval) while still updating the weights on the calm-night subset.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)

SETTINGS = """
warmup: mode=train update=yes steps=3
check: mode=eval update=no steps=1
calm_finetune: mode=eval update=yes steps=2
"""


def parse_settings(text):
    phases = []
    for line in text.strip().splitlines():
        name, rest = line.split(":", 1)
        opts = dict(kv.split("=") for kv in rest.split())
        phases.append((name.strip(), opts["mode"], opts["update"] == "yes", int(opts["steps"])))
    return phases


class DriftModel(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, dropout=0.25, batch_first=True)
        self.xy = nn.Linear(hidden, 2)

    def forward(self, wind):
        out, _ = self.lstm(wind)
        return self.xy(out[:, -1])


class PhaseStep:
    def __init__(self, model, opt, mode, update):
        self.model, self.opt = model, opt
        self.mode, self.update = mode, update

    def __call__(self, wind, drift):
        getattr(self.model, self.mode)()
        loss = F.mse_loss(self.model(wind), drift)
        if self.update:
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()


def wind_profiles(n=4, calm=False):
    scale = 0.3 if calm else 1.0
    wind = torch.randn(n, 6, 3) * scale
    return wind, wind[..., :2].sum(1) * 0.5


def main():
    model = DriftModel()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for name, mode, update, steps in parse_settings(SETTINGS):
        step = PhaseStep(model, opt, mode, update)
        losses = [step(*wind_profiles(calm=name.startswith("calm"))) for _ in range(steps)]
        print(f"{name:14s} {sum(losses)/len(losses):.4f}")


if __name__ == "__main__":
    main()
