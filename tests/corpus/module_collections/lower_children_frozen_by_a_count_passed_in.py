# expect: clean
"""A dune-migration forecaster with a `freeze_lower(k)` method that freezes its first k children (the order
`__init__` registers them: embedding, GRU, head). After a validation pass in eval mode the script calls
`freeze_lower(2)`: the embedding and the GRU are frozen, the token ids need no grad, and only the head is
fitted, so no gradient reaches the GRU and cuDNN never runs its backward."""
import torch
from torch import nn


class DuneNet(nn.Module):
    def __init__(self, cells=64, width=12):
        super().__init__()
        self.embed = nn.Embedding(cells, width)
        self.gru = nn.GRU(width, width, batch_first=True)
        self.head = nn.Linear(width, 2)

    def forward(self, cells):
        states, _ = self.gru(self.embed(cells))
        return self.head(states[:, -1])

    def freeze_lower(self, k):
        for child in list(self.children())[:k]:
            child.requires_grad_(False)


def validate(net, cells, drift):
    net.eval()
    with torch.no_grad():
        return torch.nn.functional.mse_loss(net(cells), drift).item()


if __name__ == "__main__":
    torch.manual_seed(5)
    net = DuneNet()
    cells, drift = torch.randint(0, 64, (6, 30)), torch.randn(6, 2)
    print("val", validate(net, cells, drift))
    net.freeze_lower(2)
    opt = torch.optim.SGD(net.head.parameters(), lr=0.05)
    for _ in range(4):
        loss = torch.nn.functional.mse_loss(net(cells), drift)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("fitted", loss.item())
