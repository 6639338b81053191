# expect: crash
"""Phases come from a settings text (`name: mode=... update=...`) parsed by a helper of the script; each phase is a
step object that calls the method its mode names on the model. The "calm" phase says mode=eval update=yes, so it
backpropagates through the LSTM it just put in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = """
warmup: mode=train update=yes
check: mode=eval update=no
calm: mode=eval update=yes
"""


def parse_settings(text):
    phases = []
    for line in text.strip().splitlines():
        name, rest = line.split(":", 1)
        options = dict(pair.split("=") for pair in rest.split())
        phases.append((name.strip(), options["mode"], options["update"] == "yes"))
    return phases


class Drift(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.xy = nn.Linear(8, 2)

    def forward(self, x):
        return self.xy(self.lstm(x)[0][:, -1])


class Step:
    def __init__(self, model, opt, mode, update):
        self.model, self.opt, self.mode, self.update = model, opt, mode, update

    def __call__(self, x, y):
        getattr(self.model, self.mode)()
        loss = F.mse_loss(self.model(x), y)
        if self.update:
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()


def main():
    model = Drift()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for name, mode, update in parse_settings(SETTINGS):
        x = torch.randn(4, 6, 3)
        print(name, Step(model, opt, mode, update)(x, x[:, -1, :2]))


if __name__ == "__main__":
    main()
