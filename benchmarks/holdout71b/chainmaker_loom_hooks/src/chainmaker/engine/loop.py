import torch
import torch.nn.functional as F


class HookedTrainer:
    def __init__(self, model, epochs=2, lr=1e-2, batch_size=4):
        self.model = model
        self.epochs = epochs
        self.batch_size = batch_size
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    # hooks ---------------------------------------------------------------
    def on_fit_start(self):
        self.model.train()

    def on_epoch_end(self, epoch, loss):
        self.history.append(round(loss, 4))

    def on_validation_end(self, metrics):
        self.last_metrics = metrics

    # loop ----------------------------------------------------------------
    def _step(self, xb, yb):
        self.opt.zero_grad()
        loss = F.cross_entropy(self.model(xb), yb)
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def _validate(self):
        was = self.model.training
        self.model.eval()
        with torch.no_grad():
            acc = (self.model(self.val_x).argmax(-1) == self.val_y).float().mean().item()
        self.model.train(was)
        return {"acc": acc}

    def fit(self, x, y, val_x, val_y):
        self.val_x, self.val_y = val_x, val_y
        self.on_fit_start()
        for epoch in range(self.epochs):
            total = 0.0
            for i in range(0, len(x), self.batch_size):
                total += self._step(x[i:i + self.batch_size], y[i:i + self.batch_size])
            self.on_validation_end(self._validate())
            self.on_epoch_end(epoch, total)
