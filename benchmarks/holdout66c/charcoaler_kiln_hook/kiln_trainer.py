"""Small trainer for charcoal-kiln temperature models.

Hooks (`on_epoch_end`, `on_validation_end`) are meant to be overridden in a subclass.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class KilnNet(nn.Module):
    def __init__(self, n_sensors=4, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(n_sensors, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.burn_head = nn.Linear(hidden, 2)       # under-burnt / good
        self.next_head = nn.Linear(hidden, n_sensors)  # self-supervised: next reading

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.burn_head(h[:, -1]), self.next_head(h[:, :-1])


class KilnTrainer:
    def __init__(self, model, lr=1e-2, ttt_lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.ttt_opt = torch.optim.SGD(model.rnn.parameters(), lr=ttt_lr)
        self.epoch = 0

    # ---- hooks -------------------------------------------------------
    def on_epoch_end(self, loss):
        pass

    def on_validation_end(self, acc):
        pass

    # ---- loops -------------------------------------------------------
    def _loss(self, x, y):
        logits, nxt = self.model(x)
        return F.cross_entropy(logits, y) + 0.5 * F.mse_loss(nxt, x[:, 1:])

    def fit(self, x, y, epochs=2, bs=8):
        for _ in range(epochs):
            self.model.train()
            total = 0.0
            for i in range(0, len(x), bs):
                self.opt.zero_grad()
                loss = self._loss(x[i:i + bs], y[i:i + bs])
                loss.backward()
                self.opt.step()
                total += loss.item()
            self.epoch += 1
            self.on_epoch_end(total)

    def validate(self, x, y):
        self.model.eval()
        with torch.no_grad():
            logits, _ = self.model(x)
            acc = (logits.argmax(-1) == y).float().mean().item()
        self.on_validation_end(acc)
        return acc

    def adapt_step(self, x):
        """Test-time training: one step on the self-supervised head for this batch."""
        self.ttt_opt.zero_grad()
        _, nxt = self.model(x)
        ssl = F.mse_loss(nxt, x[:, 1:])
        ssl.backward()
        self.ttt_opt.step()
        return ssl.item()
