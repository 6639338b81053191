import torch
from torch import nn


class _Calibrated(nn.Module):
    """Standardises the microphone features with statistics measured on a calibration clip."""

    def _init_stats(self, n_in):
        self.register_buffer("mu", torch.zeros(n_in))
        self.register_buffer("sigma", torch.ones(n_in))

    def calibrate(self, clip):
        self.eval()
        with torch.no_grad():
            self.mu.copy_(clip.mean((0, 1)))
            self.sigma.copy_(clip.std((0, 1)) + 1e-4)
            _ = self(clip)  # smoke-test the forward at the calibrated scale
        return self

    def norm(self, x):
        return (x - self.mu) / self.sigma


class SeqBreathNet(_Calibrated):
    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__()
        self._init_stats(n_in)
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(self.norm(x))
        return self.cls(h[:, -1])


class CellBreathNet(_Calibrated):
    def __init__(self, n_in=4, hidden=8, n_cls=3):
        super().__init__()
        self._init_stats(n_in)
        self.hidden = hidden
        self.cell = nn.LSTMCell(n_in, hidden)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        x = self.norm(x)
        h = x.new_zeros(x.shape[0], self.hidden)
        c = x.new_zeros(x.shape[0], self.hidden)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.cls(h)
