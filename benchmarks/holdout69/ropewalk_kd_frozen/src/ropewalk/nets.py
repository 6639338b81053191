from torch import nn


class StrandTwist(nn.Module):
    def __init__(self, d=4, hidden=8, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


def make_net(size="small"):
    return StrandTwist(hidden={"small": 4, "large": 12}[size])
