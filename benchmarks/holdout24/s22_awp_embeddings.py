# expect: crash
"""Adversarial weight perturbation on the embedding table of an LSTM text classifier.

The perturbation direction is computed by a helper that puts the model in eval "so dropout does
not change the direction" and never puts it back.
"""
import torch
import torch.nn as nn


class TextLSTM(nn.Module):
    def __init__(self, vocab=60, dim=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, ids):
        h, _ = self.lstm(self.drop(self.emb(ids)))
        return self.out(h[:, -1])


class EmbeddingAWP:
    def __init__(self, model, eps=1e-2):
        self.model, self.eps, self.backup = model, eps, None

    def perturb(self, ids, y):
        self.model.eval()
        emb = self.model.emb.weight
        loss = nn.functional.cross_entropy(self.model(ids), y)
        (g,) = torch.autograd.grad(loss, emb)  # TM001-here
        self.backup = emb.detach().clone()
        with torch.no_grad():
            emb.add_(self.eps * g / (g.norm() + 1e-12) * emb.norm())

    def restore(self):
        with torch.no_grad():
            self.model.emb.weight.copy_(self.backup)


def main():
    torch.manual_seed(1)
    model = TextLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    awp = EmbeddingAWP(model)
    ids, y = torch.randint(0, 60, (4, 7)), torch.randint(0, 2, (4,))
    for step in range(2):
        model.train()
        loss = nn.functional.cross_entropy(model(ids), y)
        opt.zero_grad()
        loss.backward()
        awp.perturb(ids, y)
        adv = nn.functional.cross_entropy(model(ids), y)
        adv.backward()
        awp.restore()
        opt.step()
        print(step, loss.item(), adv.item())


if __name__ == "__main__":
    main()
