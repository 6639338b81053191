import torch.nn as nn

from .encoder import FrozenGRUEncoder


class IntakeModel(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = FrozenGRUEncoder(dim)
        self.adapter = nn.Linear(dim, dim)
        self.head = nn.Linear(dim, 1)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()  # frozen weights: keep it deterministic
        return self

    def forward(self, tokens):
        h = self.encoder(self.embed(tokens))
        return self.head(self.adapter(h).mean(1)).squeeze(-1)
