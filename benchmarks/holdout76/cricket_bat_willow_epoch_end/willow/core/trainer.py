import torch


class Trainer:
    """A small hook-driven trainer; subclasses fill in the hooks."""

    def __init__(self, epochs=1, lr=1e-3):
        self.epochs = epochs
        self.lr = lr
        self.log = []
        self.model = None
        self.opt = None

    # hooks -------------------------------------------------------------
    def on_epoch_end(self, epoch, val):
        pass

    def on_validation_end(self, epoch, val):
        pass

    # steps the task must provide ----------------------------------------
    def compute_loss(self, batch):
        raise NotImplementedError

    def metric(self, batch):
        raise NotImplementedError

    # loop ----------------------------------------------------------------
    def run_epoch(self, train):
        self.model.train()
        self.opt.zero_grad()
        loss = self.compute_loss(train)
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, epoch, val):
        self.model.eval()
        with torch.no_grad():
            score = self.metric(val)
        self.on_validation_end(epoch, val)
        return score

    def fit(self, model, train, val):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        for epoch in range(self.epochs):
            loss = self.run_epoch(train)
            self.on_epoch_end(epoch, val)
            score = self.validate(epoch, val)
            self.log.append((epoch, round(loss, 4), round(score, 4)))
        return self
