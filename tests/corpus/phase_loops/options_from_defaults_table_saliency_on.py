# expect: crash
"""A research script builds its command line from a table of defaults (one option per entry) and copies the parsed
options back into its settings. `saliency` is on by default, so after training the script takes input gradients
with the model in eval mode: the backward runs through the LSTM's eval-mode forward."""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F

DEFAULTS = {"hidden": 10, "epochs": 2, "lr": 0.01, "saliency": True, "report": None}


class Scorer(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)


def parse_options(argv=None):
    parser = argparse.ArgumentParser()
    for name, default in DEFAULTS.items():
        if isinstance(default, bool):
            parser.add_argument(f"--{name}", action="store_true", default=default)
        elif default is None:
            parser.add_argument(f"--{name}", type=str, default=None)
        else:
            parser.add_argument(f"--{name}", type=type(default), default=default)
    return parser.parse_args(argv)


def settings_from(options):
    settings = dict(DEFAULTS)
    settings.update({name: getattr(options, name) for name in DEFAULTS})
    return settings


def input_saliency(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    model(x).sum().backward()  # TM001-here
    return x.grad.abs().mean(0)


def run(settings):
    model = Scorer(settings["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=settings["lr"])
    for _ in range(settings["epochs"]):
        x, y = torch.randn(4, 6, 3), torch.randn(4)
        opt.zero_grad()
        F.mse_loss(model(x), y).backward()
        opt.step()
    if settings["saliency"]:
        print(input_saliency(model, torch.randn(4, 6, 3)))


if __name__ == "__main__":
    torch.manual_seed(2)
    run(settings_from(parse_options([])))
