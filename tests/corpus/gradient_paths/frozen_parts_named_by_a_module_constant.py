# expect: clean
"""The tagger freezes the parts a module-level tuple names (`FROZEN = ("embed", "encoder")`, the constructor's
default, kept as `self.frozen` and looped over with `getattr(self, name)`), and its `train()` override keeps those
parts in eval mode. The LSTM is frozen and fed by a frozen embedding: its input needs no grad, so the backward never
reaches its eval-mode forward (the twin freezing only the encoder crashes)."""
import torch
import torch.nn as nn

FROZEN = ("embed", "encoder")


class Tagger(nn.Module):
    def __init__(self, frozen=FROZEN):
        super().__init__()
        self.frozen = frozen
        self.embed = nn.Embedding(30, 8)
        self.encoder = nn.LSTM(8, 8, batch_first=True)
        self.head = nn.Linear(8, 4)
        for name in self.frozen:
            getattr(self, name).requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        for name in self.frozen:
            getattr(self, name).train(False)
        return self

    def forward(self, tokens):
        states, _ = self.encoder(self.embed(tokens))
        return self.head(states[:, -1])


def main():
    model = Tagger().train()
    optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    for _ in range(2):
        tokens, tags = torch.randint(0, 30, (4, 6)), torch.randint(0, 4, (4,))
        loss = nn.functional.cross_entropy(model(tokens), tags)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()


if __name__ == "__main__":
    main()
