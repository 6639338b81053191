import torch.nn as nn

from .heads import HEADS


class MultiTaskNet(nn.Module):
    def __init__(self, tasks, vocab=25, d=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.shared = nn.Conv1d(d, d, 3, padding=1)
        self.tasks = nn.ModuleDict({name: HEADS[name](d, n_out) for name, n_out in tasks.items()})

    def forward(self, toks):
        h = self.shared(self.emb(toks).transpose(1, 2)).relu().transpose(1, 2)
        return {name: head(h) for name, head in self.tasks.items()}
