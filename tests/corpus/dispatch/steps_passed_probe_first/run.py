# expect: crash
# fix: cudnn
"""The entry script hands `run_steps` the list `[probe, fit]` written out: the probe runs first and leaves the
model in eval mode, so fit()'s backward goes through an LSTM forward made in eval mode."""
import torch
import torch.nn as nn

from pipeline import run_steps
from steps import fit, probe


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1])


def main():
    torch.manual_seed(2)
    model = Forecaster()
    batch = (torch.randn(4, 5, 3), torch.randn(4, 1))
    print(run_steps([probe, fit], model, batch))


if __name__ == "__main__":
    main()
