import torch.nn as nn


class HoodClassifier(nn.Module):
    def __init__(self, n_feat, hidden, n_blocks):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.cls = nn.Linear(hidden, n_blocks)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.max(1).values)
