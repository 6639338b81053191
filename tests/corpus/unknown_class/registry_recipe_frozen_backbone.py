# expect: clean
"""Recipes come from a registry filled by a metaclass, so the recipe's model has no class we can read at its use.
The linear-probe recipe freezes the backbone (where the LSTM sits), puts the model in eval and trains only the
classifier on token ids: no gradient reaches the LSTM."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class RecipeMeta(type):
    registry = {}

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name.lower()] = cls
        return cls


class Probe(metaclass=RecipeMeta):
    def __init__(self, model):
        self.model = model

    def run(self, tokens, labels, steps=3):
        for p in self.model.backbone.parameters():
            p.requires_grad = False
        self.model.eval()
        opt = torch.optim.SGD(self.model.classifier.parameters(), lr=0.1)
        for _ in range(steps):
            loss = F.cross_entropy(self.model(tokens), labels)
            opt.zero_grad()
            loss.backward()
            opt.step()
        return loss.item()


class Backbone(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)

    def forward(self, tokens):
        return self.lstm(self.emb(tokens))[0].mean(1)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = Backbone()
        self.classifier = nn.Linear(8, 4)

    def forward(self, tokens):
        return self.classifier(self.backbone(tokens))


recipe = RecipeMeta.registry["probe"](Classifier())
print(recipe.run(torch.randint(0, 30, (6, 5)), torch.randint(0, 4, (6,))))
