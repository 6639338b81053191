# expect: clean
"""The entry script hands `run_steps` the list `[fit, probe]` written out: fit() runs first, in train mode, and
the probe's eval mode comes after the last backward (a loop over any of them after any would say otherwise)."""
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
    print(run_steps([fit, probe], model, batch))


if __name__ == "__main__":
    main()
