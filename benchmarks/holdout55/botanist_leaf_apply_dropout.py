# expect: clean
"""Leaf-wetness sequence model; a 'deterministic' switch applied over all submodules."""
import torch
import torch.nn as nn


class LeafNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(3, 8), nn.Dropout(0.2))
        self.rnn = nn.GRU(8, 8, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        return self.head(self.rnn(self.enc(x))[0][:, -1])


def make_deterministic(m):
    if isinstance(m, (nn.Dropout, nn.Embedding)):
        m.eval()


def main():
    torch.manual_seed(3)
    model = LeafNet()
    model.apply(make_deterministic)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(5, 9, 3), torch.randint(0, 2, (5,))
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(loss.item())


if __name__ == "__main__":
    main()
