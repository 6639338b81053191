import torch.nn as nn


class SpectralGRU(nn.Module):
    def __init__(self, bands=5, hidden=12, layers=2):
        super().__init__()
        self.inp = nn.Linear(bands, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=layers, dropout=0.1, batch_first=True)
        self.out_dim = hidden

    def forward(self, spectra):
        h, _ = self.gru(self.inp(spectra))
        return h[:, -1]
