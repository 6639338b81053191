# expect: crash
"""deepspeech.pytorch-style checkpointing: the best model is saved (whole object) right after validation,
and `--continue-from` reloads it with torch.load and keeps training."""
import os
import tempfile
from dataclasses import dataclass

import torch
import torch.nn as nn


class BatchRNN(nn.Module):
    def __init__(self, input_size, hidden_size, bidirectional=True, batch_norm=True):
        super().__init__()
        self.batch_norm = nn.BatchNorm1d(input_size) if batch_norm else None
        self.rnn = nn.LSTM(input_size, hidden_size, bidirectional=bidirectional, batch_first=True)
        self.bidirectional = bidirectional

    def forward(self, x):
        if self.batch_norm is not None:
            x = self.batch_norm(x.transpose(1, 2)).transpose(1, 2)
        x, _ = self.rnn(x)
        if self.bidirectional:
            x = x.view(x.size(0), x.size(1), 2, -1).sum(2)
        return x


class DeepSpeech(nn.Module):
    def __init__(self, n_feats=6, hidden=8, n_layers=2, n_labels=5):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv1d(n_feats, hidden, 3, padding=1), nn.Hardtanh(0, 20))
        self.rnns = nn.Sequential(*[BatchRNN(hidden, hidden, batch_norm=i > 0) for i in range(n_layers)])
        self.fc = nn.Linear(hidden, n_labels)

    def forward(self, spect):
        x = self.conv(spect.transpose(1, 2)).transpose(1, 2)
        return self.fc(self.rnns(x)).log_softmax(-1)


@dataclass
class TrainingConfig:
    epochs: int = 2
    lr: float = 1e-3
    continue_from: str = ""
    save_dir: str = ""


def batches(n):
    for _ in range(n):
        yield torch.randn(3, 12, 6), torch.randint(1, 5, (3, 4))


def run_epoch(model, optimizer, ctc):
    for spect, targets in batches(2):
        out = model(spect).transpose(0, 1)
        loss = ctc(out, targets, torch.full((3,), 12), torch.full((3,), 4))
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    return loss.item()


def validate(model):
    model.eval()
    with torch.no_grad():
        return sum(model(s).max(-1).values.mean().item() for s, _ in batches(1))


def train(cfg):
    if cfg.continue_from:
        model = torch.load(cfg.continue_from, weights_only=False)
    else:
        model = DeepSpeech()
        model.train()
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr)
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    for epoch in range(cfg.epochs):
        run_epoch(model, optimizer, ctc)
        validate(model)
        if cfg.save_dir:
            torch.save(model, os.path.join(cfg.save_dir, "deepspeech_final.pth"))
        if not cfg.continue_from:
            break
    return model


if __name__ == "__main__":
    torch.manual_seed(0)
    with tempfile.TemporaryDirectory() as d:
        train(TrainingConfig(epochs=1, save_dir=d))
        train(TrainingConfig(epochs=2, continue_from=os.path.join(d, "deepspeech_final.pth")))
    print("done")
