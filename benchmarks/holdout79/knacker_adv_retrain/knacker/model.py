from torch import nn


class WeighNet(nn.Module):
    def __init__(self, n_in, hidden, n_cls):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, n_cls)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out.mean(1))
