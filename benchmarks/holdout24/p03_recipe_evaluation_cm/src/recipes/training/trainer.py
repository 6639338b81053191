import contextlib
import math

import torch
import torch.nn as nn
import torch.nn.functional as F


class InstructionLM(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, tokens):
        h, _ = self.lstm(self.emb(tokens))
        return self.out(h)


class RecipeTrainer:
    def __init__(self, vocab, hidden):
        self.model = InstructionLM(vocab, hidden)
        self.opt = torch.optim.Adam(self.model.parameters(), 1e-2)

    def loss(self, tokens):
        logits = self.model(tokens[:, :-1])
        return F.cross_entropy(logits.transpose(1, 2), tokens[:, 1:])

    def step(self, tokens):
        loss = self.loss(tokens)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def train_epoch(self, batches):
        self.model.train()
        return sum(self.step(b) for b in batches) / len(batches)

    @contextlib.contextmanager
    def evaluation(self):
        was = self.model.training
        self.model.eval()
        try:
            yield self
        finally:
            self.model.train(was)

    def perplexity(self, batches):
        with torch.no_grad():
            return math.exp(sum(self.loss(b).item() for b in batches) / len(batches))

    def refit(self, batches):
        for b in batches:
            self.step(b)
