import torch.nn as nn


class TapToneNet(nn.Module):
    """Grades a spruce top from the tap-tone spectrum taken at successive thicknessing passes."""

    def __init__(self, n_bins=8, hidden=12):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_bins, hidden), nn.GELU())
        self.rnn = nn.GRU(hidden, hidden, batch_first=True, num_layers=2)
        self.grade = nn.Linear(hidden, 1)

    def forward(self, spectra):
        h, _ = self.rnn(self.inp(spectra))
        return self.grade(h[:, -1]).squeeze(-1)
