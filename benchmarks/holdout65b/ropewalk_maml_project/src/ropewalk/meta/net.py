import torch.nn as nn


class TwistNet(nn.Module):
    def __init__(self, hid=8):
        super().__init__()
        self.rnn = nn.GRU(2, hid, batch_first=True)
        self.out = nn.Linear(hid, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)
