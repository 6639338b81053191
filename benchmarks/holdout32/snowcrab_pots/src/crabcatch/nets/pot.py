import torch
import torch.nn as nn


class PotLSTM(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.encoder = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.dropout = nn.Dropout(0.2)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.encoder(x)
        return torch.nn.functional.softplus(self.rate(self.dropout(seq.mean(1)))).squeeze(-1)
