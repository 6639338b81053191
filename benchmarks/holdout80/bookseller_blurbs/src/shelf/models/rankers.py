import torch
import torch.nn as nn

from .registry import MODELS


@MODELS.register("blurb_gru")
class BlurbRanker(nn.Module):
    def __init__(self, vocab, dim, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, tokens):
        _, h = self.gru(self.emb(tokens))
        return self.score(h[-1]).squeeze(-1)

    @classmethod
    def from_catalogue(cls, cfg):
        model = cls(cfg["vocab"], cfg["dim"], cfg["hidden"])
        with torch.no_grad():
            model.emb.weight.mul_(0.5)
        if cfg.get("serving", False):
            return model.eval()
        return model
