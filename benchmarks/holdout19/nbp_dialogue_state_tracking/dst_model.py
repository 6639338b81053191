"""Slot-value dialogue state tracker (GLAD/TRADE-flavoured, tiny) and its trainer."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SLOTS = ["area", "food", "price"]
VALUES = 4  # values per slot, index 0 = none


class UtteranceEncoder(nn.Module):
    def __init__(self, vocab, emb=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)

    def forward(self, tokens):
        return self.rnn(self.emb(tokens))[0]


class StateTracker(nn.Module):
    def __init__(self, vocab=40, hidden=8):
        super().__init__()
        self.encoder = UtteranceEncoder(vocab, hidden=hidden)
        self.slot_queries = nn.Parameter(torch.randn(len(SLOTS), 2 * hidden))
        self.classifiers = nn.ModuleList(nn.Linear(2 * hidden, VALUES) for _ in SLOTS)

    def forward(self, tokens):
        h = self.encoder(tokens)  # B x T x 2H
        att = torch.softmax(torch.einsum("bth,sh->bst", h, self.slot_queries), -1)
        ctx = torch.einsum("bst,bth->bsh", att, h)
        return [clf(ctx[:, i]) for i, clf in enumerate(self.classifiers)]


def slot_loss(logits, labels):
    return sum(F.cross_entropy(l, labels[:, i]) for i, l in enumerate(logits))


class Trainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def fit_epoch(self, batches):
        self.model.train()
        for tokens, labels in batches:
            loss = slot_loss(self.model(tokens), labels)
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    def evaluate(self, batches):
        self.model.eval()
        correct = total = 0
        with torch.no_grad():
            for tokens, labels in batches:
                preds = torch.stack([l.argmax(-1) for l in self.model(tokens)], 1)
                correct += (preds == labels).all(1).sum().item()
                total += len(labels)
        return correct / total


def toy_batches(n=2, b=4, t=6, vocab=40):
    return [(torch.randint(0, vocab, (b, t)), torch.randint(0, VALUES, (b, len(SLOTS)))) for _ in range(n)]
