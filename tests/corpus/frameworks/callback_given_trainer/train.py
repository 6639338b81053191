# expect: crash
"""Poutyne-style: the fitter hands itself to its callbacks (set_fitter); a callback predicts a sample through a
Predictor that puts the network in eval, and the fitter set train mode only once, before the first epoch."""
import torch
from torch import nn

from callbacks import SamplePrinter
from fitter import Fitter


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


if __name__ == "__main__":
    torch.manual_seed(0)
    batches = [(torch.randn(4, 5, 4), torch.randint(0, 3, (4,))) for _ in range(2)]
    Fitter(Tagger()).fit(batches, epochs=2, callbacks=[SamplePrinter(torch.randn(2, 5, 4))])
