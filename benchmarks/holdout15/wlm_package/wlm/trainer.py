import math

import torch
import torch.nn as nn

from .data import get_batch


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


class Trainer:
    def __init__(self, model, ntokens, lr, bptt, clip=0.25):
        self.model = model
        self.ntokens = ntokens
        self.lr = lr
        self.bptt = bptt
        self.clip = clip
        self.criterion = nn.NLLLoss()

    def _sgd_step(self, lr):
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.clip)
        for p in self.model.parameters():
            p.data.add_(p.grad, alpha=-lr)

    def train_epoch(self, train_data, epoch):
        self.model.train()
        hidden = self.model.init_hidden(train_data.size(1))
        for batch, i in enumerate(range(0, train_data.size(0) - 1, self.bptt)):
            data, targets = get_batch(train_data, i, self.bptt)
            self.model.zero_grad()
            hidden = repackage_hidden(hidden)
            output, hidden = self.model(data, hidden)
            loss = self.criterion(output, targets)
            loss.backward()
            self._sgd_step(self.lr)
            if batch % 10 == 0:
                print(f"| epoch {epoch} | batch {batch} | loss {loss.item():5.2f} | ppl {math.exp(loss.item()):8.2f}")

    def evaluate(self, data_source):
        self.model.eval()
        total_loss = 0.0
        hidden = self.model.init_hidden(data_source.size(1))
        with torch.no_grad():
            for i in range(0, data_source.size(0) - 1, self.bptt):
                data, targets = get_batch(data_source, i, self.bptt)
                output, hidden = self.model(data, hidden)
                hidden = repackage_hidden(hidden)
                total_loss += len(data) * self.criterion(output, targets).item()
        return total_loss / (len(data_source) - 1)

    def dynamic_evaluate(self, data_source, lr=0.1):
        """Score each segment, then take one SGD step on it before the next."""
        total_loss = 0.0
        hidden = self.model.init_hidden(data_source.size(1))
        for i in range(0, data_source.size(0) - 1, self.bptt):
            data, targets = get_batch(data_source, i, self.bptt)
            hidden = repackage_hidden(hidden)
            self.model.zero_grad()
            output, hidden = self.model(data, hidden)
            loss = self.criterion(output, targets)
            total_loss += len(data) * loss.item()
            loss.backward()  # TM001-here
            self._sgd_step(lr)
        return total_loss / (len(data_source) - 1)
