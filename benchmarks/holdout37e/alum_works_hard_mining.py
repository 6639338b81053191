# expect: crash
"""Alum works: kiln temperature sequences -> batch quality class.
Online hard-example mining: losses are scored with the model in eval mode
and the hardest examples' losses are reused for the update."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class KilnNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.out(self.drop(h[:, -1]))


def score_examples(model, x, y):
    # deterministic scoring: dropout off
    model.eval()
    logits = model(x)
    return F.cross_entropy(logits, y, reduction="none")


def mine_step(model, opt, x, y, keep=4):
    losses = score_examples(model, x, y)
    hard = losses.topk(keep).values
    model.train()
    opt.zero_grad()
    hard.mean().backward()  # TM001-here
    opt.step()
    return hard.mean().item()


def main():
    model = KilnNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x = torch.randn(8, 6, 3)
        y = torch.randint(0, 3, (8,))
        print("step", step, "hard loss", round(mine_step(model, opt, x, y), 4))


if __name__ == "__main__":
    main()
