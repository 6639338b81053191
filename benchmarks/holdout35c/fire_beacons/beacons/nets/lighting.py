import torch.nn as nn


class LightingLSTM(nn.Module):
    def __init__(self, n_signals, hidden):
        super().__init__()
        self.lstm = nn.LSTM(n_signals, hidden, batch_first=True)
        self.logit = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.logit(out[:, -1]).squeeze(-1)
