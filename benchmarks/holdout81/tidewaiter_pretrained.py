# expect: crash
"""Tide-waiter cargo manifests: a 'pretrained' scorer from a classmethod, then a domain fine-tune."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ManifestScorer(nn.Module):
    def __init__(self, vocab=25, emb=6, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, tok):
        h, _ = self.gru(self.emb(tok))
        return self.out(h[:, -1]).squeeze(-1)

    @classmethod
    def from_pretrained(cls, seed=0):
        torch.manual_seed(seed)
        model = cls()
        return model.eval()


class Finetuner:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, tok, target):
        loss = F.binary_cross_entropy_with_logits(self.model(tok), target)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


def main():
    tuner = Finetuner(ManifestScorer.from_pretrained(seed=10))
    for _ in range(3):
        tok = torch.randint(0, 25, (4, 7))
        print(round(tuner.step(tok, torch.randint(0, 2, (4,)).float()), 4))


if __name__ == "__main__":
    main()
