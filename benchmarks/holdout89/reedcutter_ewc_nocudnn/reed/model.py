from torch import nn


class BundleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 8, batch_first=True)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        return self.cls(self.rnn(x)[0][:, -1])
