import torch
from torch import nn


class PatternTagger(nn.Module):
    """Tags each pin of a bobbin-lace pricking with a stitch type."""

    def __init__(self, vocab=20, emb=8, hidden=8, n_tags=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.tagger = nn.Linear(2 * hidden, n_tags)

    def forward(self, ids):
        h, _ = self.encoder(self.embed(ids))
        return self.tagger(h)

    @classmethod
    def from_checkpoint(cls, state, **kwargs):
        model = cls(**kwargs)
        model.load_state_dict(state)
        return model.eval()
