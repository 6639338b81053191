# expect: crash
"""Online handwriting recognition (pen trajectories, CTC); an ABC trainer with abstract validation hooks."""
import abc

import torch
import torch.nn as nn

torch.manual_seed(52)


class PenCTC(nn.Module):
    def __init__(self, hidden=12, classes=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, classes)

    def forward(self, pen):
        return self.head(self.lstm(pen)[0]).log_softmax(-1)


class BaseTrainer(abc.ABC):
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    @abc.abstractmethod
    def compute_loss(self, batch):
        ...

    @abc.abstractmethod
    def on_validation_end(self):
        """Subclasses must put the model back into training shape here."""

    def validate(self, batch):
        self.model.eval()
        with torch.no_grad():
            value = self.compute_loss(batch).item()
        self.on_validation_end()
        return value

    def fit(self, batches, val_every=2):
        self.model.train()
        for i, batch in enumerate(batches):
            loss = self.compute_loss(batch)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            if (i + 1) % val_every == 0:
                print("step", i, "val", round(self.validate(batch), 4))


class CTCTrainer(BaseTrainer):
    ctc = nn.CTCLoss(zero_infinity=True)

    def compute_loss(self, batch):
        pen, targets = batch
        logp = self.model(pen).transpose(0, 1)
        return self.ctc(logp, targets, torch.full((pen.size(0),), logp.size(0)), torch.full((pen.size(0),), targets.size(1)))

    def on_validation_end(self):
        self.model.head.train()  # re-enable dropout in the classifier


def batches(n=5, b=3, t=20):
    for _ in range(n):
        yield torch.randn(b, t, 3).cumsum(1), torch.randint(1, 8, (b, 4))


CTCTrainer(PenCTC()).fit(batches())
