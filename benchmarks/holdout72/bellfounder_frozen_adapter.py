# expect: crash
"""Bellfounder: strike-tone decay curves -> crack detection.
A pretrained recurrent encoder is kept frozen by overriding train(); only a small
adapter and the classifier learn."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("bellfounder")


class ToneEncoder(nn.Module):
    def __init__(self, d=8, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)

    def forward(self, x):
        z, _ = self.lstm(x)
        return z[:, -1]


class CrackDetector(nn.Module):
    def __init__(self, d=4, h=8):
        super().__init__()
        self.adapter = nn.Linear(d, 8)
        self.encoder = ToneEncoder(8, h)
        self.classifier = nn.Linear(h, 2)
        for p in self.encoder.parameters():
            p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, x):
        return self.classifier(self.encoder(self.adapter(x)))


def main():
    torch.manual_seed(10)
    model = CrackDetector().train()
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=1e-2)
    for step in range(3):
        x, y = torch.randn(6, 9, 4), torch.randint(0, 2, (6,))
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())
    print("trainable", sum(p.numel() for p in params))


if __name__ == "__main__":
    main()
