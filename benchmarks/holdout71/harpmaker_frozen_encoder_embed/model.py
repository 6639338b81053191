from torch import nn


class StrandClassifier(nn.Module):
    """Rope-strand fault classifier: token embedding -> LSTM encoder -> head."""

    def __init__(self, vocab=20, dim=8, hidden=8, classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = nn.LSTM(dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, classes)
        self.encoder_frozen = False

    def freeze_encoder(self):
        self.encoder_frozen = True
        for p in list(self.embed.parameters()) + list(self.encoder.parameters()):
            p.requires_grad_(False)
        return self

    def train(self, mode=True):
        super().train(mode)
        if self.encoder_frozen:
            self.encoder.eval()
        return self

    def forward(self, tokens):
        out, _ = self.encoder(self.embed(tokens))
        return self.head(out.max(dim=1).values)
