import torch.nn as nn


class ParishNeedModel(nn.Module):
    def __init__(self, features=4, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(features, hidden, batch_first=True)
        self.dropout = nn.Dropout(0.1)
        self.regressor = nn.Linear(hidden, 1)

    def forward(self, weeks):
        _, (h, _) = self.encoder(weeks)
        return self.regressor(self.dropout(h[-1])).squeeze(-1)
