# expect: clean
"""Speech emotion recognition: BiLSTM over log-mel frames, mixout on the classifier, per-epoch validation (mode flag set on the wrapper only)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
EMOTIONS = ["neutral", "happy", "sad", "angry"]


class Mixout(nn.Module):
    def __init__(self, linear, p=0.3):
        super().__init__()
        self.linear = linear
        self.p = p
        self.register_buffer("w0", linear.weight.detach().clone())

    def forward(self, x):
        if not self.training:
            return self.linear(x)
        mask = (torch.rand_like(self.linear.weight) < self.p).float()
        w = mask * self.w0 + (1 - mask) * self.linear.weight
        w = (w - self.p * self.w0) / (1 - self.p)
        return F.linear(x, w, self.linear.bias)


class SER(nn.Module):
    def __init__(self, n_mels=8, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, batch_first=True, bidirectional=True)
        self.cls = Mixout(nn.Linear(2 * hidden, len(EMOTIONS)))

    def forward(self, mel):
        h, _ = self.lstm(mel)
        return self.cls(h.mean(1))


def validate(model, batches):
    model.training = False  # only the wrapper: mixout reads self.cls.training, so this is not enough for it either
    correct = total = 0
    with torch.no_grad():
        for mel, lab in batches:
            correct += (model(mel).argmax(-1) == lab).sum().item()
            total += lab.numel()
    return correct / total


def main():
    model = SER()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train = [(torch.randn(4, 7, 8), torch.randint(0, 4, (4,))) for _ in range(2)]
    dev = [(torch.randn(4, 7, 8), torch.randint(0, 4, (4,)))]
    model.train()
    for epoch in range(2):
        for mel, lab in train:
            loss = F.cross_entropy(model(mel), lab)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print("epoch", epoch, "dev acc", validate(model, dev))


if __name__ == "__main__":
    main()
