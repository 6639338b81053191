# expect: clean
"""Fletcher arrow-flight model: a wrapper marks itself as not training to silence its noise layer."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class FlightEncoder(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(x)[1][-1]


class ArrowModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = FlightEncoder()
        self.head = nn.Linear(8, 1)
        self.noise_std = 0.05

    def forward(self, x):
        if self.training:  # jitter only while training the wrapper
            x = x + self.noise_std * torch.randn_like(x)
        return self.head(self.enc(x)).squeeze(-1)


def fit(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        x = torch.randn(4, 12, 3)
        loss = (model(x) - x[:, -1, 0]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    model = ArrowModel()
    print("noisy fit", fit(model))
    model.training = False  # only the wrapper flag; the encoder keeps training=True
    print("clean fine-tune", fit(model))
    print("gru training?", model.enc.gru.training)


if __name__ == "__main__":
    main()
