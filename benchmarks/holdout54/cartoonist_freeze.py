# expect: crash
"""Cartoon stroke classifier: pen strokes -> character (hero, villain, sidekick).

A pretrained stroke encoder is kept frozen; the model overrides train() so the
encoder always stays in eval mode, and only the new parts are optimised.
"""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("cartoonist")


class StrokeEncoder(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.proj = nn.Linear(3, hidden)  # (dx, dy, pen_up)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, strokes):
        _, h = self.gru(torch.tanh(self.proj(strokes)))
        return h[-1]


class CharacterClassifier(nn.Module):
    def __init__(self, encoder, n_chars=3, freeze_encoder=True):
        super().__init__()
        self.encoder = encoder
        self.freeze_encoder = freeze_encoder
        self.head = nn.Sequential(nn.Linear(10, 16), nn.ReLU(), nn.Dropout(0.1), nn.Linear(16, n_chars))
        if freeze_encoder:
            for p in self.encoder.gru.parameters():
                p.requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        if self.freeze_encoder:
            self.encoder.eval()
        return self

    def forward(self, strokes):
        return self.head(self.encoder(strokes))


def main():
    torch.manual_seed(6)
    model = CharacterClassifier(StrokeEncoder())
    params = [p for p in model.parameters() if p.requires_grad]
    log.info("trainable tensors: %d", len(params))
    opt = torch.optim.Adam(params, lr=1e-2)
    strokes = torch.randn(8, 12, 3)
    labels = torch.randint(0, 3, (8,))
    model.train()
    for epoch in range(3):
        loss = F.cross_entropy(model(strokes), labels)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        log.info("epoch %d loss %.4f", epoch, loss.item())


if __name__ == "__main__":
    main()
