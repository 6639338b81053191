import torch.nn as nn


class BurnRNN(nn.Module):
    def __init__(self, feat=2, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(feat, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.fc(out[:, -1])
