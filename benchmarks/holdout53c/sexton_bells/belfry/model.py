from torch import nn


class FrozenEncoderMixin:
    """Keeps `self.encoder` in inference mode whatever train() is asked for."""

    frozen_attr = "encoder"

    def train(self, mode=True):
        super().train(mode)
        frozen = getattr(self, self.frozen_attr)
        frozen.eval()
        for p in frozen.parameters():
            p.requires_grad_(False)
        return self


class PullEncoder(nn.Module):
    def __init__(self, n_bells, emb, hidden):
        super().__init__()
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.hidden = hidden

    def forward(self, e):
        _, h = self.gru(e)
        return h[-1]


class PealClassifier(FrozenEncoderMixin, nn.Module):
    def __init__(self, n_bells, emb, hidden, n_peals):
        super().__init__()
        self.embed = nn.Embedding(n_bells, emb)  # new for this task, trained
        self.encoder = PullEncoder(n_bells, emb, hidden)
        self.cls = nn.Linear(hidden, n_peals)

    def forward(self, pulls):
        return self.cls(self.encoder(self.embed(pulls)))
