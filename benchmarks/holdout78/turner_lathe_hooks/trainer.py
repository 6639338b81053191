"""A small hook-driven trainer: subclasses override on_* methods."""
import torch
import torch.nn.functional as F


class BaseTrainer:
    def __init__(self, model, data, val_data, epochs=3, lr=5e-3):
        self.model = model
        self.data = data
        self.val_data = val_data
        self.epochs = epochs
        self.optim = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
        self.metrics = {}

    # ---- hooks -------------------------------------------------------
    def on_epoch_start(self, epoch):
        pass

    def on_validation_start(self):
        self.model.eval()

    def on_validation_end(self, val_loss):
        self.metrics["val_loss"] = val_loss
        self.model.train()

    def on_epoch_end(self, epoch):
        pass

    # ---- loop --------------------------------------------------------
    def training_step(self, batch):
        x, y = batch
        pred = self.model(x).squeeze(-1)
        return F.mse_loss(pred, y)

    def validate(self):
        self.on_validation_start()
        with torch.no_grad():
            losses = [self.training_step(b).item() for b in self.val_data]
        self.on_validation_end(sum(losses) / len(losses))

    def fit(self):
        self.model.train()
        for epoch in range(self.epochs):
            self.on_epoch_start(epoch)
            for batch in self.data:
                self.optim.zero_grad()
                loss = self.training_step(batch)
                loss.backward()  # TM001-here
                self.optim.step()
            self.on_epoch_end(epoch)
        return self.metrics
