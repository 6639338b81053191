from torch import nn


class GirthSensorNet(nn.Module):
    """Saddle-fit classifier over girth-strap pressure tokens; the encoder is meant to keep running statistics fixed."""

    def __init__(self, vocab=16, hidden=8, n_cls=3, keep_encoder_fixed=True):
        super().__init__()
        self.keep_encoder_fixed = keep_encoder_fixed
        self.embed = nn.Embedding(vocab, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, n_cls)

    def train(self, mode=True):
        if self.keep_encoder_fixed:
            self.encoder.eval()
        return super().train(mode)

    def forward(self, tokens):
        h, _ = self.encoder(self.embed(tokens))
        return self.classifier(h[:, -1])
