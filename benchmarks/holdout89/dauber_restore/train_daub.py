# expect: clean
import torch
from torch import nn

from dauber_lib import Loop, ValLossCallback, LRLogger


class MoistureGRU(nn.Module):
    def __init__(self, n_in=5, hidden=10):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1]).squeeze(-1)


def panels(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(3, 8, 5, generator=g), torch.rand(3, generator=g)) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(3)
    model = MoistureGRU()
    loop = Loop(model, nn.MSELoss(), torch.optim.SGD(model.parameters(), lr=0.05),
                callbacks=[LRLogger(), ValLossCallback(panels(2, 9))])
    logs = loop.fit(panels(4, 1), epochs=3)
    print({k: [round(v, 4) for v in vs] for k, vs in logs.items()})
