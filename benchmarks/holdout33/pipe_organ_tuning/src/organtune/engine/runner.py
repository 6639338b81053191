import torch
import torch.nn as nn

from .phases import PHASES


class TransientNet(nn.Module):
    def __init__(self, hidden=8, layers=1):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def _set_mode(model, mode):
    if mode == "train":
        model.train()
    elif mode == "eval":
        model.eval()


def run_schedule(cfg):
    torch.manual_seed(cfg.get("seed", 0))
    model = TransientNet(**cfg["model"])
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    report = []
    for phase in cfg["schedule"]:
        fn, mode = PHASES[phase["name"]]
        if "lr" in phase:
            for g in opt.param_groups:
                g["voice_lr"] = phase["lr"]
        _set_mode(model, mode)
        report.append((phase["name"], fn(model, opt, phase["steps"])))
    return report
