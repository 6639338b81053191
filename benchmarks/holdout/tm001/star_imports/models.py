import torch.nn as nn

__all__ = ["SentimentGRU", "BagOfWords", "build"]


class SentimentGRU(nn.Module):
    def __init__(self, vocab=50, dim=16):
        super().__init__()
        self.encoder = nn.ModuleDict({"embed": nn.Embedding(vocab, dim), "rnn": nn.GRU(dim, dim, batch_first=True)})
        self.head = nn.Linear(dim, 2)

    def forward(self, tokens):
        _, h = self.encoder["rnn"](self.encoder["embed"](tokens))
        return self.head(h[-1])


class BagOfWords(nn.Module):
    def __init__(self, vocab=50, dim=16):
        super().__init__()
        self.embed = nn.EmbeddingBag(vocab, dim)
        self.head = nn.Linear(dim, 2)

    def forward(self, tokens):
        return self.head(self.embed(tokens))


def build(name, **kw):
    return {"gru": SentimentGRU, "bow": BagOfWords}[name](**kw)
