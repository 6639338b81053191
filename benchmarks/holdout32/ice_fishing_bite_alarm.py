# expect: clean
"""Ice-fishing bite alarms: tell a real bite from wind jiggle using the tip-up
line-tension trace. Evaluation flips every module's flag off by hand and the
training loop flips them all back the same way.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class BiteDetector(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.conv = nn.Conv1d(1, 4, 3, padding=1)
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.out = nn.Linear(hidden, 1)

    def forward(self, tension):
        f = torch.relu(self.conv(tension.unsqueeze(1))).transpose(1, 2)
        seq, _ = self.rnn(f)
        return self.out(self.drop(seq[:, -1])).squeeze(-1)


def set_training(model, flag):
    for module in model.modules():
        module.training = flag


def traces(n, length=12):
    wind = 0.3 * torch.randn(n, length)
    bite = (torch.rand(n) > 0.5).float()
    tug = torch.zeros(n, length)
    tug[:, -4:] = bite[:, None] * torch.linspace(0.5, 2.0, 4)
    return wind + tug, bite


def main():
    torch.manual_seed(41)
    model = BiteDetector()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val = traces(6)
    for epoch in range(3):
        set_training(model, True)
        x, y = traces(8)
        for i in range(0, 8, 4):
            loss = F.binary_cross_entropy_with_logits(model(x[i:i + 4]), y[i:i + 4])
            opt.zero_grad()
            loss.backward()
            opt.step()
        set_training(model, False)
        with torch.no_grad():
            acc = ((model(val[0]) > 0).float() == val[1]).float().mean().item()
        print(f"epoch {epoch} loss {loss.item():.4f} val acc {acc:.2f}")


if __name__ == "__main__":
    main()
