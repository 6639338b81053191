# expect: crash
"""Gold-leaf gilding: predict leaf tear rate from brush-stroke sequences, with hook callbacks looked up by name."""
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.WARNING)
log = logging.getLogger("gilder")


class LeafNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h).squeeze(-1)


class Callback:
    pass


class PreviewCallback(Callback):
    hook = "on_batch_start"

    def __init__(self, probe):
        self.probe = probe
        self.seen = []

    def __call__(self, trainer):
        trainer.model.eval()
        with torch.no_grad():
            self.seen.append(trainer.model(self.probe).abs().mean().item())


class LossLogger(Callback):
    hook = "on_epoch_end"

    def __call__(self, trainer):
        log.info("epoch %d loss %.4f", trainer.epoch, trainer.last_loss)


class Trainer:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.RMSprop(model.parameters(), lr=1e-2)
        self.epoch = 0
        self.last_loss = float("nan")

    def _fire(self, name):
        for cb in self.callbacks:
            if getattr(cb, "hook", None) == name:
                cb(self)

    def fit(self, batches, epochs=2):
        for self.epoch in range(epochs):
            self._fire("on_epoch_start")
            self.model.train()
            for x, y in batches:
                self._fire("on_batch_start")
                self.opt.zero_grad()
                loss = nn.functional.smooth_l1_loss(self.model(x), y)
                loss.backward()  # TM001-here
                self.opt.step()
                self.last_loss = loss.item()
            self._fire("on_epoch_end")


if __name__ == "__main__":
    torch.manual_seed(7)
    batches = [(torch.randn(3, 8, 2), torch.randn(3, 8)) for _ in range(2)]
    preview = PreviewCallback(torch.randn(1, 8, 2))
    trainer = Trainer(LeafNet(), [preview, LossLogger()])
    trainer.fit(batches)
    print("preview", [round(v, 3) for v in preview.seen])
