from torch import nn

__all__ = ["PatternNet", "prepare"]


class PatternNet(nn.Module):
    """Scores stitch sequences from a knitting machine for dropped-stitch defects."""

    def __init__(self, n_stitch_types=6, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_stitch_types, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 1)

    def forward(self, stitches):
        h, _ = self.lstm(self.emb(stitches))
        return self.cls(h.mean(1)).squeeze(-1)


def prepare(model):
    """Put the model in training mode and return it."""
    return model.train()
