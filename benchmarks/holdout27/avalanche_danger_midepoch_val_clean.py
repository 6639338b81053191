# expect: clean
"""Avalanche danger level; validation every k steps restores the caller's mode."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class DangerNet(nn.Module):
    def __init__(self, n_feat=5, hidden=8, n_levels=5):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_levels)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1])


def validate(model, xs, ys):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        acc = (model(xs).argmax(-1) == ys).float().mean().item()
    model.train(was_training)
    return acc


def main():
    model = DangerNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    crit = nn.CrossEntropyLoss()
    xv, yv = torch.randn(6, 7, 5), torch.randint(0, 5, (6,))
    model.train()
    for step in range(6):
        x, y = torch.randn(4, 7, 5), torch.randint(0, 5, (4,))
        loss = crit(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 3 == 2:
            print(f"step {step} val_acc={validate(model, xv, yv):.2f}")


if __name__ == "__main__":
    main()
