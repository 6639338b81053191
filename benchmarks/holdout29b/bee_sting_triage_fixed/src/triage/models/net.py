import torch.nn as nn


class TriageRNN(nn.Module):
    def __init__(self, n_vitals, hidden, n_classes):
        super().__init__()
        self.norm = nn.LayerNorm(n_vitals)
        self.lstm = nn.LSTM(n_vitals, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        o, _ = self.lstm(self.norm(x))
        return self.head(o[:, -1])
