from torch import nn

from .encoder import RingEncoder


class RingClassifier(nn.Module):
    def __init__(self, n_tokens=16, hidden=8):
        super().__init__()
        self.tokens = nn.Embedding(n_tokens, hidden)
        self.encoder = RingEncoder(hidden)
        self.head = nn.Linear(hidden, 2)
        self._frozen = []

    def freeze_encoder(self):
        for child in self.encoder.children():
            for p in child.parameters():
                p.requires_grad_(False)
            self._frozen.append(child)

    def train(self, mode=True):
        super().train(mode)
        for child in self._frozen:
            child.eval()
        return self

    def forward(self, codes):
        return self.head(self.encoder(self.tokens(codes)))
