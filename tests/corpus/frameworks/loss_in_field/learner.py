"""A small learner library: the loss is a function kept in a field (the user's, or the default below) and
called with the network and the batch; validation runs every few steps."""
import torch
import torch.nn as nn


def sequence_loss(net, batch):
    tokens, labels = batch
    return nn.functional.cross_entropy(net(tokens), labels)


class Learner:
    def __init__(self, net, train_batches, valid_batches, loss_func=None, validate_every=2):
        self.net = net
        self.train_batches = train_batches
        self.valid_batches = valid_batches
        self.loss_func = loss_func if loss_func is not None else sequence_loss
        self.validate_every = validate_every
        self.opt = torch.optim.Adam(net.parameters(), lr=1e-3)
        self.steps = 0

    def validate(self):
        self.net.eval()
        with torch.no_grad():
            return sum(self.loss_func(self.net, b).item() for b in self.valid_batches) / len(self.valid_batches)

    def one_batch(self, batch):
        loss = self.loss_func(self.net, batch)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.steps += 1

    def fit(self, epochs):
        self.net.train()
        for _ in range(epochs):
            for batch in self.train_batches:
                self.one_batch(batch)
                if self.steps % self.validate_every == 0:
                    print("valid", self.validate())
