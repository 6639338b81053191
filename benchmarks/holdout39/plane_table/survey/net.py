from torch import nn


class BearingNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 2)

    def forward(self, sights):
        out, _ = self.gru(sights)
        return self.fc(out.mean(1))

    @classmethod
    def from_state(cls, state, **kw):
        net = cls(**kw)
        net.load_state_dict(state)
        return net
