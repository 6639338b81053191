# expect: clean
"""Alum works, OHEM variant: eval-mode scores only pick the indices; the
selected examples are forwarded again in train mode for the update."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


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
    model.eval()
    logits = model(x)
    return F.cross_entropy(logits, y, reduction="none")


def mine_step(model, opt, x, y, keep=4):
    losses = score_examples(model, x, y)
    idx = losses.detach().topk(keep).indices
    model.train()
    opt.zero_grad()
    loss = F.cross_entropy(model(x[idx]), y[idx])
    loss.backward()
    opt.step()
    return loss.item()


def main():
    model = KilnNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x = torch.randn(8, 6, 3)
        y = torch.randint(0, 3, (8,))
        print("step", step, "loss", round(mine_step(model, opt, x, y), 4))
    model.eval()
    print("done", model.training)


if __name__ == "__main__":
    main()
