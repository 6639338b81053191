import torch.nn as nn

from .base import FrozenEncoderModel


class RaffleModel(FrozenEncoderModel):
    def __init__(self, vocab, dim, n_stalls):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)          # new, trainable
        self.encoder = nn.GRU(dim, dim, batch_first=True)  # pretrained, frozen
        self.head = nn.Linear(dim, n_stalls)
        self.freeze_encoder()

    def forward(self, digits):
        h, _ = self.encoder(self.embed(digits))
        return self.head(h[:, -1])
