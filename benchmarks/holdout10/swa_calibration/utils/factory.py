from torch import nn


class LSTMBN(nn.Module):
    def __init__(self, hidden, classes):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.bn = nn.BatchNorm1d(hidden)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.fc(self.bn(self.lstm(x)[0][:, -1]))


ARCHS = {"lstm_bn": LSTMBN}


def build(cfg):
    cfg = dict(cfg)
    return ARCHS[cfg.pop("arch")](**cfg)
