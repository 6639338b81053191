import torch.nn as nn


class LogLSTM(nn.Module):
    """Log-sequence anomaly scorer over parsed template ids, with BatchNorm on the pooled state."""

    def __init__(self, n_templates=20, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_templates, 8)
        self.lstm = nn.LSTM(8, hidden, batch_first=True)
        self.bn = nn.BatchNorm1d(hidden)
        self.fc = nn.Linear(hidden, n_templates)

    def forward(self, x):
        return self.fc(self.bn(self.lstm(self.emb(x))[0][:, -1]))
