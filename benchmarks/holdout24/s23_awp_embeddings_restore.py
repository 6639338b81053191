# expect: clean
"""AWP on embeddings; the perturbation helper records and restores the caller's mode, and the
adversarial loss is computed after the restore."""
import torch
import torch.nn as nn


class TextGRU(nn.Module):
    def __init__(self, vocab=60, dim=8, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.gru = nn.GRU(dim, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, ids):
        h, _ = self.gru(self.emb(ids))
        return self.out(h[:, -1])


def awp_direction(model, ids, y):
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            margin = model(ids).gather(1, y[:, None]).mean()
    finally:
        model.train(was)
    return margin


def main():
    torch.manual_seed(1)
    model = TextGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    ids, y = torch.randint(0, 60, (4, 7)), torch.randint(0, 2, (4,))
    for step in range(2):
        model.train()
        loss = nn.functional.cross_entropy(model(ids), y)
        opt.zero_grad()
        (g,) = torch.autograd.grad(loss, model.emb.weight, retain_graph=True)
        scale = 1e-2 / (1.0 + awp_direction(model, ids, y).abs())
        with torch.no_grad():
            model.emb.weight.add_(scale * g / (g.norm() + 1e-12))
        adv = nn.functional.cross_entropy(model(ids), y)
        (loss + adv).backward()
        opt.step()
        print(step, loss.item(), adv.item())


if __name__ == "__main__":
    main()
