import torch
import torch.nn.functional as F

from .core import Stage


def batch():
    return torch.randint(0, 30, (4, 7)), torch.randint(0, 5, (4, 7))


class Fit(Stage, name="fit"):
    def run(self, context):
        tagger = context["tagger"]
        tagger.train()
        opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
        words, tags = batch()
        loss = F.cross_entropy(tagger(words).flatten(0, 1), tags.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
        context["loss"] = loss.item()


class Score(Stage, name="score"):
    def run(self, context):
        tagger = context["tagger"]
        tagger.eval()
        words, tags = batch()
        with torch.no_grad():
            context["accuracy"] = (tagger(words).argmax(-1) == tags).float().mean().item()
