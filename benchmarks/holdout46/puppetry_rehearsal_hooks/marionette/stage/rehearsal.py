import torch
import torch.nn.functional as F

from ..hooks import measured_in_eval


class Rehearsal:
    events = ("fit_start", "epoch_start", "epoch_end")

    def __init__(self, model, sessions, lr=2e-3):
        self.model = model
        self.sessions = sessions
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.journal = []

    def _fire(self, event, **kw):
        hook = getattr(self, f"on_{event}", None)
        if callable(hook):
            hook(**kw)

    def on_fit_start(self):
        self.model.train()

    def fit(self, epochs):
        self._fire("fit_start")
        for epoch in range(epochs):
            self._fire("epoch_start", epoch=epoch)
            total = 0.0
            for seq in self.sessions:
                self.opt.zero_grad()
                pred = self.model(seq[:, :-1])
                loss = F.mse_loss(pred, seq[:, 1:])
                loss.backward()  # TM001-here
                self.opt.step()
                total += loss.item()
            self._fire("epoch_end", epoch=epoch, loss=total / len(self.sessions))


class StageRehearsal(Rehearsal):
    def __init__(self, model, sessions, reference, lr=2e-3):
        super().__init__(model, sessions, lr)
        self.reference = reference

    @measured_in_eval
    def on_epoch_start(self, epoch):
        drift = F.mse_loss(self.model(self.reference[:, :-1]), self.reference[:, 1:]).item()
        self.journal.append({"epoch": epoch, "baseline_drift": round(drift, 4)})

    def on_epoch_end(self, epoch, loss):
        self.journal[-1]["train_loss"] = round(loss, 4)
