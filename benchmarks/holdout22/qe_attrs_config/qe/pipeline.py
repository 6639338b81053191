import torch
import torch.nn as nn
import torch.nn.functional as F


class WordQE(nn.Module):
    def __init__(self, vocab=30, dim=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, bidirectional=True, batch_first=True)
        self.tag = nn.Linear(2 * dim, 2)  # OK / BAD

    def forward(self, tgt):
        return self.tag(self.lstm(self.emb(tgt))[0])


_MODEL = None


def shared_model():
    global _MODEL
    if _MODEL is None:
        torch.manual_seed(0)
        _MODEL = WordQE()
    return _MODEL


def run(spec):
    model = shared_model()
    model.train(spec.train)
    opt = torch.optim.SGD(model.parameters(), lr=spec.lr)
    out = []
    for _ in range(spec.steps):
        tgt = torch.randint(0, 30, (3, 7))
        tags = torch.randint(0, 2, (3, 7))
        loss = F.cross_entropy(model(tgt).flatten(0, 1), tags.flatten())
        if spec.train:
            opt.zero_grad()
            loss.backward()
            opt.step()
        out.append(round(float(loss), 4))
    return out
