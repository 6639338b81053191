# expect: clean
# category: framework
"""Character-level language model (Elman RNN) trained with the Learner; a callback samples text mid-epoch."""
import string

import torch
import torch.nn as nn

from learner import Learner

torch.manual_seed(3)
ALPHABET = string.ascii_lowercase + " ."
TEXT = "the quick brown fox jumps over the lazy dog. " * 6
IDS = torch.tensor([ALPHABET.index(c) for c in TEXT])


class CharRNN(nn.Module):
    def __init__(self, n_chars, hidden=16):
        super().__init__()
        self.embed = nn.Embedding(n_chars, 8)
        self.rnn = nn.RNN(8, hidden, num_layers=2, nonlinearity="relu", batch_first=True)
        self.decoder = nn.Linear(hidden, n_chars)

    def forward(self, x, h=None):
        out, h = self.rnn(self.embed(x), h)
        self.last_hidden = h
        return self.decoder(out)


class FlattenLoss(nn.Module):
    def forward(self, pred, target):
        return nn.functional.cross_entropy(pred.flatten(0, 1), target.flatten())


class SampleText:
    def __init__(self, every=3, length=20):
        self.every, self.length = every, length

    def after_batch(self):
        if self.learn.iter % self.every:
            return
        model = self.learn.model
        was_training = model.training
        model.eval()
        with torch.no_grad():
            idx, h, chars = torch.tensor([[0]]), None, []
            for _ in range(self.length):
                logits = model(idx, h)
                h = model.last_hidden
                idx = torch.multinomial(logits[0, -1].softmax(-1), 1).view(1, 1)
                chars.append(ALPHABET[idx.item()])
        model.train(was_training)
        print(f"epoch {self.learn.epoch} iter {self.learn.iter}: {''.join(chars)!r}")


class Recorder:
    def before_fit(self):
        self.losses = []

    def after_loss(self):
        self.losses.append(self.learn.loss.item())


batches = []
for start in range(0, 4 * 24, 24):
    chunk = IDS[start:start + 25]
    batches.append((chunk[:-1].view(2, 12), chunk[1:].view(2, 12)))

rec = Recorder()
learn = Learner(CharRNN(len(ALPHABET)), batches, FlattenLoss(), cbs=[rec, SampleText()])
learn.fit(2)
print("final loss", rec.losses[-1])
