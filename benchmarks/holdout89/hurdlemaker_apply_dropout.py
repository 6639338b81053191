# expect: clean
"""Hurdle-weaving tension forecasting; dropout is switched off with model.apply before fine-tuning."""
import torch
from torch import nn


class TensionNet(nn.Module):
    def __init__(self, n_in=4, hidden=12):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.drop(torch.relu(self.inp(x))))
        return self.out(h[:, -1])


def no_stochastic(m):
    # deterministic fine-tuning: the dropout layers go to eval
    if isinstance(m, nn.Dropout):
        m.eval()


def finetune(model, data, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    model.apply(no_stochastic)
    for step in range(steps):
        x, y = data[step % len(data)]
        opt.zero_grad()
        loss = nn.functional.smooth_l1_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(2)
    data = [(torch.randn(4, 10, 4), torch.randn(4, 1)) for _ in range(3)]
    print("final", round(finetune(TensionNet(), data), 4))
