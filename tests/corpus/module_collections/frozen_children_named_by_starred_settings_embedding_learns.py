# expect: crash
"""As frozen_children_named_by_starred_settings, but the settings freeze only the LSTM: the embedding before it
still learns, so the backward runs through the LSTM, which the model's `train()` left in eval mode."""
import torch
import torch.nn as nn

SETTINGS = {"vocab": 30, "frozen": ("encoder",), "epochs": 2}


class Tagger(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.embed = nn.Embedding(vocab, 6)
        self.encoder = nn.LSTM(6, 8, batch_first=True)
        self.head = nn.Linear(8, 3)
        self.frozen = set()

    def freeze(self, *names):
        for name in names:
            getattr(self, name).requires_grad_(False)
            self.frozen.add(name)

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen:
                child.eval()
        return self

    def forward(self, tokens):
        return self.head(self.encoder(self.embed(tokens))[0])


def build(cfg):
    model = Tagger(cfg["vocab"])
    model.freeze(*cfg["frozen"])
    return model


def main():
    model = build(SETTINGS)
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
    tokens, tags = torch.randint(0, 30, (4, 7)), torch.randint(0, 3, (4, 7))
    for _ in range(SETTINGS["epochs"]):
        model.train()
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(tokens).reshape(-1, 3), tags.reshape(-1))
        loss.backward()  # TM001-here
        opt.step()


main()
