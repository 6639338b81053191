# expect: crash
"""Girdler buckle-stitch QA: LSTM over stitch sensor readings, with a logging
callback that reports gradient*input relevance after each validation pass."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("girdler")
torch.manual_seed(1)


class StitchLSTM(nn.Module):
    def __init__(self, d=5, h=12):
        super().__init__()
        self.lstm = nn.LSTM(d, h, num_layers=2, batch_first=True)
        self.out = nn.Linear(h, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1]).squeeze(-1)


class RelevanceLogger:
    def __init__(self, probe):
        self.probe = probe

    def on_validation_end(self, trainer):
        x = self.probe.clone().requires_grad_(True)
        score = trainer.model(x).sum()
        (g,) = torch.autograd.grad(score, x)  # TM001-here
        rel = (g * x).sum(-1).abs().mean(0)
        log.info("relevance per step: %s", [round(v, 3) for v in rel.tolist()])


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def train_epoch(self, data):
        self.model.train()
        for x, y in data:
            self.opt.zero_grad()
            nn.functional.mse_loss(self.model(x), y).backward()
            self.opt.step()

    def validate(self, data):
        self.model.eval()
        with torch.no_grad():
            loss = sum(nn.functional.mse_loss(self.model(x), y).item() for x, y in data)
        log.info("val loss %.4f", loss / len(data))
        for cb in self.callbacks:
            cb.on_validation_end(self)

    def fit(self, train, val, epochs=2):
        for _ in range(epochs):
            self.train_epoch(train)
            self.validate(val)


if __name__ == "__main__":
    data = [(torch.randn(4, 7, 5), torch.randn(4)) for _ in range(3)]
    tr = Trainer(StitchLSTM(), [RelevanceLogger(torch.randn(2, 7, 5))])
    tr.fit(data[:2], data[2:])
