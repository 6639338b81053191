# expect: clean
"""Slate splitting: fine-tune with 'deterministic layers' — dropout and norm layers put in eval by isinstance."""
import torch
import torch.nn as nn

DETERMINISTIC = (nn.Dropout, nn.LayerNorm)


class SplitNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Dropout(0.2))
        self.rnn = nn.GRU(8, 8, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(0.2), nn.Linear(8, 1))

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.out(h[:, -1]).squeeze(-1)


def make_deterministic(model):
    for m in model.modules():
        if isinstance(m, DETERMINISTIC):
            m.eval()
    return model


def main():
    torch.manual_seed(0)
    model = SplitNet()
    model.train()
    make_deterministic(model)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(3):
        x, y = torch.randn(4, 6, 3), torch.randn(4)
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("final", loss.item())


if __name__ == "__main__":
    main()
