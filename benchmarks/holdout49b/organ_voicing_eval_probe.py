# expect: crash
"""Organ voicing: pipe-speech classifier, a saliency probe after each epoch."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class PipeSpeech(nn.Module):
    def __init__(self, n_in=6, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def train_epoch(model, opt, x, y):
    model.train()
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def voicing_probe(model, x):
    model.eval()
    x = x.clone().requires_grad_(True)
    score = model(x).max(dim=1).values.sum()
    score.backward()  # TM001-here
    return x.grad.abs().mean(dim=(0, 2))


def main():
    model = PipeSpeech()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(4, 5, 6)
    y = torch.randint(0, 3, (4,))
    for epoch in range(2):
        loss = train_epoch(model, opt, x, y)
        sal = voicing_probe(model, x[:2])
        print(f"epoch {epoch} loss {loss:.3f} saliency {sal.tolist()}")


if __name__ == "__main__":
    main()
