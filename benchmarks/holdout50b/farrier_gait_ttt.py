# expect: crash
"""Farrier's gait analysis: hoof-strike accelerometer windows -> lameness grade.
Test-time training: before predicting each test batch, the shared LSTM encoder
takes one gradient step on a self-supervised next-step-prediction loss."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
CH, HID, GRADES = 3, 10, 3


class GaitModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(CH, HID, batch_first=True)
        self.grade_head = nn.Linear(HID, GRADES)
        self.next_head = nn.Linear(HID, CH)

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return self.grade_head(self.encode(x)[:, -1])

    def ssl_loss(self, x):
        h = self.encode(x[:, :-1])
        return F.mse_loss(self.next_head(h), x[:, 1:])


def fake_windows(bs=6, t=14):
    x = torch.cumsum(0.3 * torch.randn(bs, t, CH), 1)
    y = (x[:, -1, 0] > 0).long() + (x[:, -1, 1] > 1).long()
    return x, y


def fit(model, steps=6):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(steps):
        x, y = fake_windows()
        loss = F.cross_entropy(model(x), y) + 0.5 * model.ssl_loss(x)
        opt.zero_grad()
        loss.backward()
        opt.step()


class TestTimeTrainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.SGD(model.encoder.parameters(), lr=lr)

    def adapt(self, x):
        loss = self.model.ssl_loss(x)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    @torch.no_grad()
    def predict(self, x):
        return self.model(x).argmax(-1)

    def run(self, stream):
        self.model.eval()
        correct = total = 0
        for x, y in stream:
            self.adapt(x)
            pred = self.predict(x)
            correct += (pred == y).sum().item()
            total += y.numel()
        return correct / total


def main():
    model = GaitModel()
    fit(model)
    acc = TestTimeTrainer(model).run(fake_windows() for _ in range(3))
    print(f"test-time-trained accuracy {acc:.3f}")


if __name__ == "__main__":
    main()
