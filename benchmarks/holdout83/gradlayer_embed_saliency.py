# expect: crash
"""Woodcarver chisel-sound classifier: after training, a per-layer gradient report on a frozen, evaluated model."""
import torch
import torch.nn as nn


class ChiselNet(nn.Module):
    def __init__(self, vocab=20, emb=8, hidden=12, n_cls=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, tok):
        h, _ = self.lstm(self.embed(tok))
        return self.head(h.mean(1))


def grad_norm_of(model, tok, y, param):
    loss = nn.functional.cross_entropy(model(tok), y)
    (g,) = torch.autograd.grad(loss, [param])  # TM001-here
    return g.norm().item()


def main():
    torch.manual_seed(1)
    model = ChiselNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        tok = torch.randint(0, 20, (6, 7))
        y = torch.randint(0, 4, (6,))
        loss = nn.functional.cross_entropy(model(tok), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    tok = torch.randint(0, 20, (6, 7))
    y = torch.randint(0, 4, (6,))
    report = {"embed": grad_norm_of(model, tok, y, model.embed.weight)}
    print(report)


if __name__ == "__main__":
    main()
