# expect: clean
"""Wheeler axle-load classifier whose train() override keeps a pretrained encoder in eval mode; the encoder reads raw inputs."""
import torch
from torch import nn


class AxleEncoder(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(x)
        return out[:, -1]


class AxleClassifier(nn.Module):
    def __init__(self, hidden=8, n_cls=4):
        super().__init__()
        self.stem = nn.Linear(3, 3)
        self.encoder = AxleEncoder(3, hidden)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_cls))

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name.startswith("enc"):
                child.eval()
        return self

    def forward(self, x):
        return self.head(self.encoder(x))


def run(model, steps=3):
    opt = torch.optim.SGD([p for n, p in model.named_parameters() if not n.startswith("encoder")], lr=0.05)
    for p in model.encoder.parameters():
        p.requires_grad_(False)
    for _ in range(steps):
        model.train()
        x = torch.randn(6, 5, 3)
        y = torch.randint(0, 4, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    torch.manual_seed(0)
    run(AxleClassifier())
    print("done")
