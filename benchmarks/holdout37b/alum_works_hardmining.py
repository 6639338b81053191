# expect: crash
"""Alum works: online hard-example mining scored in eval mode, then trained on without train()."""
import torch
import torch.nn as nn


class SteepTankNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1]).squeeze(-1)


def score_examples(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x) - y).pow(2)


def main():
    torch.manual_seed(0)
    model = SteepTankNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    x, y = torch.randn(8, 6, 5), torch.randn(8)
    for _ in range(2):
        losses = score_examples(model, x, y)
        hard = losses.topk(4).indices
        loss = (model(x[hard]) - y[hard]).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("done")


if __name__ == "__main__":
    main()
