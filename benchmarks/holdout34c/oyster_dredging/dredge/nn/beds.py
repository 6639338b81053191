import torch
import torch.nn as nn


class BedForecaster(nn.Module):
    """One recurrent encoder per oyster bed, shared tide encoder, one catch head."""

    def __init__(self, beds=("north_spit", "mud_reach", "channel"), n_feats=3, hidden=8):
        super().__init__()
        self.tide = nn.Linear(n_feats, hidden)
        self.encoders = nn.ModuleDict({b: nn.LSTM(hidden, hidden, batch_first=True, dropout=0.0) for b in beds})
        self.drop = nn.Dropout(0.1)
        self.catch = nn.Linear(hidden, 1)

    def forward(self, bed, hauls):
        seq, _ = self.encoders[bed](torch.tanh(self.tide(hauls)))
        return self.catch(self.drop(seq[:, -1])).squeeze(-1)
