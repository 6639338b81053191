# expect: clean
"""Hurdle-maker wattle strain: the saliency callback only flips the wrapper's training flag (no recursion)."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("hurdle")
torch.manual_seed(5)


class WattleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 10, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.cls = nn.Linear(20, 3)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(self.drop(h.max(1).values))


class LossLogger:
    def on_epoch_end(self, trainer, epoch):
        log.info("epoch %d loss %.4f", epoch, trainer.last_loss)


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe

    def on_epoch_end(self, trainer, epoch):
        trainer.model.training = False   # marks the wrapper only; children keep their mode
        x = self.probe.clone().requires_grad_(True)
        logits = trainer.model(x)
        logits.gather(1, logits.argmax(1, keepdim=True)).sum().backward()
        log.info("saliency %.4f", x.grad.abs().mean().item())
        trainer.model.training = True


class Trainer:
    def __init__(self, model, callbacks):
        self.model, self.callbacks = model, callbacks
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.last_loss = 0.0

    def fit(self, epochs):
        for ep in range(epochs):
            self.model.train()
            for _ in range(2):
                x, y = torch.randn(4, 6, 3), torch.randint(0, 3, (4,))
                loss = nn.functional.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
                self.last_loss = loss.item()
            for cb in self.callbacks:
                cb.on_epoch_end(self, ep)


Trainer(WattleNet(), [LossLogger(), SaliencyLogger(torch.randn(2, 6, 3))]).fit(2)
print("finished")
