# expect: crash
"""Pearl diver dive profiles: predict decompression risk from depth/time
traces. After training, MC dropout gives a predictive spread, and we ask
which part of the dive the spread is most sensitive to."""
import torch
from torch import nn

torch.manual_seed(6)


class DiveRisk(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.inp = nn.Linear(2, hidden)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(hidden, 1)

    def forward(self, dive):
        h, _ = self.lstm(torch.tanh(self.inp(dive)))
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def train(model, x, y, epochs=4):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = nn.functional.binary_cross_entropy_with_logits(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def enable_mc_dropout(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()


def spread_sensitivity(model, dive, samples=6):
    dive = dive.clone().requires_grad_(True)
    preds = torch.stack([torch.sigmoid(model(dive)) for _ in range(samples)])
    spread = preds.std(0).sum()
    spread.backward()  # TM001-here
    return dive.grad.abs().sum(-1)


def main():
    x = torch.randn(10, 12, 2)
    y = (x[..., 0].max(1).values > 1.0).float()
    model = DiveRisk()
    print("train loss", round(train(model, x, y), 4))
    enable_mc_dropout(model)
    sens = spread_sensitivity(model, x[:3])
    print("most sensitive minute", sens.argmax(1).tolist())


if __name__ == "__main__":
    main()
