import torch.nn as nn


class CatchClassifier(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.fc = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(self.drop(h.mean(1)))
