import torch.nn as nn

_KINDS = {"gru": nn.GRU, "lstm": nn.LSTM}


class InkFade(nn.Module):
    def __init__(self, kind="gru", n_in=4, hidden=8):
        super().__init__()
        self.rnn = _KINDS[kind](n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def build_model(cfg):
    return InkFade(kind=cfg.get("kind", "gru"), hidden=cfg.get("hidden", 8))
