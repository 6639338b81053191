# expect: clean
"""Swan-upping tally classifier: hard examples are ranked in eval mode without
gradients, then the selected rows are re-run in train mode for the update."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)


class TallyNet(nn.Module):
    def __init__(self, n_feat=6, hidden=8, n_cls=3):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.inp(x)))
        return self.out(self.drop(h[:, -1]))


@torch.no_grad()
def rank_hard(model, x, y, keep=0.5):
    model.eval()
    per = F.cross_entropy(model(x), y, reduction="none")
    return per.topk(max(1, int(keep * per.numel()))).indices


def main():
    model = TallyNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs = torch.randn(24, 5, 6)
    ys = torch.randint(0, 3, (24,))
    for epoch in range(2):
        for i in range(0, 24, 6):
            x, y = xs[i:i + 6], ys[i:i + 6]
            idx = rank_hard(model, x, y)
            model.train()
            loss = F.cross_entropy(model(x[idx]), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"epoch {epoch} hard-loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
