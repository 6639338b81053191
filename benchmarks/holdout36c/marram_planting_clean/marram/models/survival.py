import torch.nn as nn


class SurvivalNet(nn.Module):
    """daily wind / burial depth / rainfall -> survived the first winter?"""

    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])
