from torch import nn


class FeltLifeModel(nn.Module):
    def __init__(self, channels=4, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(channels, hidden, num_layers=2, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, traces):
        h, _ = self.rnn(traces)
        return self.reg(h[:, -1]).squeeze(-1)
