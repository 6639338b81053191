# expect: crash
"""Parameter-efficient fine-tuning of a pretrained speech encoder: the BiLSTM encoder is
frozen (requires_grad_(False)) and put in eval so its dropout stays off, and only a small
input adapter in front of it plus the head are trained. The adapter's gradient has to
flow back through the frozen, eval-mode LSTM.
"""
from dataclasses import dataclass, field
from typing import List

import torch
from torch import nn


@dataclass
class FinetuneConfig:
    frozen: List[str] = field(default_factory=lambda: ["encoder"])
    lr: float = 1e-3
    steps: int = 3


class PretrainedEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(12, 16, num_layers=2, bidirectional=True, batch_first=True, dropout=0.2)

    def forward(self, feats):
        return self.rnn(feats)[0]


class AdaptedModel(nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.adapter = nn.Sequential(nn.Linear(12, 12), nn.Tanh())
        self.encoder = encoder
        self.head = nn.Linear(32, 6)

    def forward(self, feats):
        return self.head(self.encoder(feats + self.adapter(feats)).mean(1))


def freeze(model, names):
    for name in names:
        sub = getattr(model, name)
        sub.requires_grad_(False)
        sub.eval()


def finetune(model, cfg, batches):
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=cfg.lr)
    for step, (x, y) in zip(range(cfg.steps), batches):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    torch.manual_seed(55)
    cfg = FinetuneConfig()
    model = AdaptedModel(PretrainedEncoder())
    freeze(model, cfg.frozen)
    batches = [(torch.randn(3, 9, 12), torch.randint(0, 6, (3,))) for _ in range(cfg.steps)]
    finetune(model, cfg, batches)
