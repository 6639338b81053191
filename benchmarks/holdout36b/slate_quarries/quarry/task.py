import torch
import torch.nn as nn
import torch.nn.functional as F


class CoreEncoder(nn.Module):
    def __init__(self, n_feats, hidden):
        super().__init__()
        self.rnn = nn.GRU(n_feats, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.mean(1))


class CleaveTask:
    """Owns the model and the loss."""

    def __init__(self, n_feats, hidden):
        self.model = CoreEncoder(n_feats, hidden)

    def loss(self, logits, y):
        return F.cross_entropy(logits, y, label_smoothing=0.05)

    def train_step(self, batch, opt):
        x, y = batch
        opt.zero_grad()
        loss = self.loss(self.model(x), y)
        loss.backward()
        opt.step()
        return {"loss": loss.item()}

    def valid_step(self, batches):
        was_training = self.model.training
        self.model.eval()
        correct = n = 0
        for x, y in batches:
            logits = self.model(x)
            correct += (logits.argmax(-1) == y).sum().item()
            n += len(y)
        self.model.train(was_training)
        return {"acc": correct / n}
