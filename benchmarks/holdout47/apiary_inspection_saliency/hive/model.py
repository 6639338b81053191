from torch import nn


class ColonyNet(nn.Module):
    def __init__(self, n_feat, hidden, n_states):
        super().__init__()
        self.rnn = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(2 * hidden, n_states)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(self.drop(h.mean(1)))
