# expect: crash
"""Falconry weigh-ins: flying-weight forecaster with a sensitivity report.

After training, we ask which past weigh-in moved tomorrow's prediction most,
using torch.func.jacrev w.r.t. the input sequence.
"""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)


class WeighInLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1]).squeeze(-1)


def train(model, data, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for ep in range(epochs):
        for x, y in data:
            loss = (model(x) - y).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model


def sensitivity(model, x_one):
    """d prediction / d each day's (weight, food) for one bird."""
    f = lambda seq: model(seq.unsqueeze(0)).sum()
    jac = jacrev(f)(x_one)  # TM002-here
    return jac.abs().sum(-1)


def main():
    data = [(torch.randn(4, 10, 2), torch.randn(4)) for _ in range(3)]
    model = train(WeighInLSTM(), data)
    # the model is still in train mode here; only the transform matters
    sens = sensitivity(model, data[0][0][0])
    print("most influential day:", int(sens.argmax()))


if __name__ == "__main__":
    main()
