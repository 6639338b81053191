import torch.nn as nn


class PrescriptionNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.rnn = nn.LSTM(feats, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h.mean(1)))
