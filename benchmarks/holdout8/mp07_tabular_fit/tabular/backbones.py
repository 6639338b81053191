import torch.nn as nn

BACKBONES = {}


def backbone(name):
    def wrap(fn):
        BACKBONES[name] = fn
        return fn
    return wrap


class SequenceHead(nn.Module):
    def __init__(self, rnn, hidden):
        super().__init__()
        self.rnn = rnn
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


@backbone("gru")
def _gru(cfg):
    return SequenceHead(nn.GRU(cfg.n_continuous, cfg.hidden, cfg.n_layers, batch_first=True), cfg.hidden)


@backbone("lstm")
def _lstm(cfg):
    return SequenceHead(nn.LSTM(cfg.n_continuous, cfg.hidden, cfg.n_layers, batch_first=True), cfg.hidden)
