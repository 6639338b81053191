# expect: clean
"""A metaclass registers 'recipes' by class name; the 'LinearEval' recipe freezes a pretrained BiLSTM encoder (and
its embedding), puts the whole model in eval, and trains only a classifier on top — token-id inputs, no grad into
the LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RecipeMeta(type):
    registry = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[name.lower()] = cls
        return cls


class Recipe(metaclass=RecipeMeta):
    def __init__(self, model):
        self.model = model

    def run(self, x, y):
        raise NotImplementedError


class LinearEval(Recipe):
    def run(self, x, y, steps=4):
        for p in self.model.backbone.parameters():
            p.requires_grad_(False)
        self.model.eval()
        opt = torch.optim.SGD(self.model.classifier.parameters(), lr=0.1)
        for _ in range(steps):
            loss = F.cross_entropy(self.model(x), y)
            opt.zero_grad(); loss.backward(); opt.step()
        return loss.item()


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True, bidirectional=True)

    def forward(self, x):
        return self.lstm(self.emb(x))[0].mean(1)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = Backbone()
        self.classifier = nn.Linear(16, 4)

    def forward(self, x):
        return self.classifier(self.backbone(x))


recipe = RecipeMeta.registry["lineareval"](Model())
print(recipe.run(torch.randint(0, 30, (6, 5)), torch.randint(0, 4, (6,))))
