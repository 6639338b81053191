# expect: crash
"""Self-training for furrow-depth classification from ox-plough draught sensors.

Unlabelled field runs are scored by the current model, confident runs become
pseudo-labels, and the model is trained on them plus the hand-labelled ones.
"""
import contextlib

import torch
from torch import nn
import torch.nn.functional as F

N_CLASSES = 3  # shallow / even / deep


class FurrowNet(nn.Module):
    def __init__(self, n_in=5, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=1, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, N_CLASSES)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(self.drop(h.mean(1)))


@contextlib.contextmanager
def scoring(model):
    """Switch to eval for scoring; put training back afterwards."""
    was_training = model.training
    model.eval()
    yield model
    model.train(was_training)


def confident_runs(model, pool, threshold):
    """Yield (runs, pseudo_labels, logits) for each pool chunk until one is too uncertain."""
    with scoring(model):
        for x in pool:
            logits = model(x)
            conf, labels = logits.softmax(-1).max(-1)
            keep = conf > threshold
            if keep.sum() == 0:
                return
            yield x[keep], labels[keep].detach(), logits[keep]


def labelled(n=3, batch=4, steps=7):
    return [(torch.randn(batch, steps, 5), torch.randint(0, N_CLASSES, (batch,))) for _ in range(n)]


def unlabelled(n=4, batch=6, steps=7):
    return [torch.randn(batch, steps, 5) for _ in range(n)]


def main():
    torch.manual_seed(3)
    model = FurrowNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    labelled_runs, pool = labelled(), unlabelled()

    for rnd in range(2):
        model.train()
        for x, y in labelled_runs:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()

        budget = 8
        taken = 0
        for runs, pseudo, logits in confident_runs(model, pool, threshold=0.0):
            # consistency term on the scored logits: sharpen towards the pseudo-label
            opt.zero_grad()
            loss = 0.5 * F.cross_entropy(logits, pseudo)
            loss.backward()  # TM001-here
            opt.step()
            taken += len(runs)
            if taken >= budget:
                break
        print(f"round {rnd}: pseudo-labelled {taken} runs, training={model.training}")


if __name__ == "__main__":
    main()
