# expect: clean
"""Wick-burn quality model for a chandler. A second, pretrained 'difficulty' scorer (kept in eval)
re-weights each candle in the batch; the quality model is trained with the weighted loss."""
import torch
import torch.nn as nn


class BurnNet(nn.Module):
    def __init__(self, feats=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(feats, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def difficulty_weights(scorer, x):
    raw = scorer(x)
    w = torch.softmax(raw, dim=0) * x.size(0)
    return torch.tensor([float(v) for v in w.tolist()])


def main():
    torch.manual_seed(10)
    scorer = BurnNet().eval()
    model = BurnNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(3):
        x, y = torch.randn(6, 9, 3), torch.randn(6)
        w = difficulty_weights(scorer, x)
        per = (model(x) - y) ** 2
        loss = (w * per).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
