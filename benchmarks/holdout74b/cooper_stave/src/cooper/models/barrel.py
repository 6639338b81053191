import torch.nn as nn

from .registry import register


class StaveLeakNet(nn.Module):
    """Classifies barrel staves as tight/leaky from moisture-sensor sequences."""

    def __init__(self, n_in, hidden, rnn="lstm"):
        super().__init__()
        cls = {"lstm": nn.LSTM, "gru": nn.GRU}[rnn]
        self.rnn = cls(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(self.drop(o[:, -1]))


@register("stave_lstm")
def stave_lstm(cfg):
    return StaveLeakNet(cfg["n_in"], cfg["hidden"], "lstm")


@register("stave_gru")
def stave_gru(cfg):
    return StaveLeakNet(cfg["n_in"], cfg["hidden"], "gru")
