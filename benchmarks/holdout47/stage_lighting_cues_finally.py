# expect: clean
"""Stage lighting: predict the next cue's dimmer levels from the last few cues of a show.
Validation runs inside an `evaluating()` context; corrupt cue sheets are skipped."""
import contextlib
import logging
import random

import torch
from torch import nn

log = logging.getLogger("cues")
logging.basicConfig(level=logging.WARNING)

N_CHANNELS = 6


class CorruptCueSheet(ValueError):
    pass


@contextlib.contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was_training)


class CuePredictor(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.rnn = nn.LSTM(N_CHANNELS, hidden, batch_first=True)
        self.dimmer = nn.Sequential(nn.Linear(hidden, N_CHANNELS), nn.Sigmoid())

    def forward(self, cues):
        h, _ = self.rnn(cues)
        return self.dimmer(h[:, -1])


def show(seed, n=3, corrupt_at=None):
    g = torch.Generator().manual_seed(seed)
    sheets = []
    for i in range(n):
        levels = torch.rand(4, 5, N_CHANNELS, generator=g)
        if i == corrupt_at:
            levels[0, 2, 1] = float("nan")
        sheets.append((levels[:, :-1], levels[:, -1]))
    return sheets


def validate(model, sheets):
    total = 0.0
    with evaluating(model):
        with torch.no_grad():
            for cues, target in sheets:
                if torch.isnan(cues).any():
                    raise CorruptCueSheet("NaN dimmer level in cue sheet")
                total += nn.functional.mse_loss(model(cues), target).item()
    return total / len(sheets)


def main():
    random.seed(0)
    torch.manual_seed(0)
    model = CuePredictor()
    opt = torch.optim.RMSprop(model.parameters(), lr=3e-3)
    train_shows = [show(s) for s in range(3)]
    val_show = show(100, corrupt_at=1)
    model.train()
    for epoch in range(2):
        for sheets in train_shows:
            for cues, target in sheets:
                opt.zero_grad()
                loss = nn.functional.mse_loss(model(cues), target)
                loss.backward()
                opt.step()
        try:
            log.warning("epoch %d val %.4f", epoch, validate(model, val_show))
        except CorruptCueSheet as err:
            log.warning("epoch %d validation skipped: %s", epoch, err)


if __name__ == "__main__":
    main()
