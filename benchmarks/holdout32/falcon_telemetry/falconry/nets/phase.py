import torch.nn as nn


class PhaseClassifier(nn.Module):
    def __init__(self, n_in, hidden, n_phases):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_phases)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.cls(seq.mean(1))
