from torch import nn

from .encoder import StitchEncoder


class GradeProbe(nn.Module):
    def __init__(self, vocab, hidden, n_grades):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.encoder = StitchEncoder(hidden)
        for p in list(self.embed.parameters()) + list(self.encoder.parameters()):
            p.requires_grad_(False)
        self.head = nn.Linear(hidden, n_grades)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, tokens):
        return self.head(self.encoder(self.embed(tokens)))
