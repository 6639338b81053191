# expect: crash
"""Saddler girth-strain classification: a model whose train() keeps named children frozen in eval."""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("saddler")


class PartiallyFrozen(nn.Module):
    frozen_children = ()

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen_children:
                child.eval()
        return self

    def freeze(self):
        for name in self.frozen_children:
            getattr(self, name).requires_grad_(False)


class GirthClassifier(PartiallyFrozen):
    frozen_children = ("encoder",)

    def __init__(self, vocab=16, hidden=8, classes=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, classes)

    def forward(self, tokens):
        out, _ = self.encoder(self.embed(tokens))
        return self.head(out.mean(1))


def main():
    torch.manual_seed(7)
    model = GirthClassifier()
    model.freeze()
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for step in range(3):
        x, y = torch.randint(0, 16, (4, 5)), torch.randint(0, 3, (4,))
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


if __name__ == "__main__":
    main()
