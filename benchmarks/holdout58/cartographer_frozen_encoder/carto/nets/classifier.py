import torch.nn as nn

from .encoder import TraverseEncoder


class TraverseClassifier(nn.Module):
    def __init__(self, n_in, d_emb, hidden, n_cls):
        super().__init__()
        self.embed = nn.Linear(n_in, d_emb)
        self.encoder = TraverseEncoder(d_emb, hidden)
        self.head = nn.Linear(hidden, n_cls)
        self._encoder_frozen = False

    def freeze_encoder(self):
        for p in self.encoder.parameters():
            p.requires_grad_(False)
        self._encoder_frozen = True
        return self.train(self.training)

    def train(self, mode=True):
        super().train(mode)
        if self._encoder_frozen:
            # keep the frozen encoder deterministic while the rest trains
            self.encoder.eval()
        return self

    def forward(self, x):
        return self.head(self.encoder(self.embed(x).relu()))
