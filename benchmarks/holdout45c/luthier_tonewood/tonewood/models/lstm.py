from torch import nn


class TapToneLSTM(nn.Module):
    def __init__(self, n_bins, hidden, layers, dropout):
        super().__init__()
        self.inp_drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(n_bins, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(dropout), nn.Linear(hidden, 4))

    def forward(self, spectra):
        h, _ = self.lstm(self.inp_drop(spectra))
        return self.out(h.max(dim=1).values)
