# expect: clean
"""Stitch-tension model for a saddler's workshop. The model keeps some layers in inference mode
whatever train() is called with (running statistics are calibrated once on the bench)."""
import torch
import torch.nn as nn

KEEP_IN_EVAL = (nn.BatchNorm1d, nn.LSTMCell)


class TensionNet(nn.Module):
    def __init__(self, feats=4, hidden=10):
        super().__init__()
        self.norm = nn.BatchNorm1d(feats)
        self.lift = nn.Linear(feats, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def train(self, mode=True):
        super().train(mode)
        for m in self.modules():
            if isinstance(m, KEEP_IN_EVAL):
                m.eval()
        return self

    def forward(self, x):
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        h, _ = self.lstm(torch.relu(self.lift(x)))
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def fit(model, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    for ep in range(epochs):
        model.train()
        for _ in range(3):
            x, y = torch.randn(5, 8, 4), torch.randn(5)
            loss = nn.functional.smooth_l1_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", ep, round(loss.item(), 4))


if __name__ == "__main__":
    torch.manual_seed(8)
    fit(TensionNet())
