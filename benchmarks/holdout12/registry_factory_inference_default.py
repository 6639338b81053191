# expect: crash
"""A class-level model registry: build("name", **cfg) looks the class up by string, and the factory returns models
ready for inference (eval mode) by default. The training script keeps built models in a namedtuple bundle and
never asks for training mode -- the factory's `for_training` flag exists but is left at its default."""
from collections import namedtuple

import torch
import torch.nn as nn


class Registry:
    _registry = {}

    @classmethod
    def register(cls, name):
        def deco(klass):
            cls._registry[name] = klass
            return klass
        return deco

    @classmethod
    def build(cls, name, for_training=False, **cfg):
        model = cls._registry[name](**cfg)
        return model.train(for_training)


@Registry.register("gru_tagger")
class GRUTagger(nn.Module):
    def __init__(self, vocab=30, dim=8, n_tags=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.rnn = nn.GRU(dim, dim, batch_first=True)
        self.out = nn.Linear(dim, n_tags)

    def forward(self, ids):
        return self.out(self.rnn(self.emb(ids))[0])


Bundle = namedtuple("Bundle", ["model", "optimizer", "loss_fn"])


def make_bundle(name, **cfg):
    model = Registry.build(name, **cfg)
    return Bundle(model, torch.optim.SGD(model.parameters(), lr=0.1), nn.CrossEntropyLoss())


def train_steps(bundle, batches):
    for ids, tags in batches:
        logits = bundle.model(ids)
        loss = bundle.loss_fn(logits.flatten(0, 1), tags.flatten())
        bundle.optimizer.zero_grad()
        loss.backward()  # TM001-here
        bundle.optimizer.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    bundle = make_bundle("gru_tagger", dim=8)
    print(train_steps(bundle, [(torch.randint(0, 30, (2, 5)), torch.randint(0, 3, (2, 5)))] * 2))
