"""A small Trainer whose fit() calls overridable hooks."""
import torch


class Trainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.model = self.configure_model()
        self.optimizer = self.configure_optimizer()
        self.history = []

    # hooks -------------------------------------------------------------
    def configure_model(self):
        raise NotImplementedError

    def configure_optimizer(self):
        raise NotImplementedError

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def on_validation_end(self, outputs):
        pass

    # loop ----------------------------------------------------------------
    def fit(self, train_loader, valid_loader):
        for epoch in range(self.max_epochs):
            self.model.train()
            losses = []
            for batch in train_loader:
                loss = self.training_step(batch)
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
                losses.append(loss.item())
            self.model.eval()
            with torch.no_grad():
                outputs = [self.validation_step(b) for b in valid_loader]
            self.on_validation_end(outputs)
            self.history.append({"epoch": epoch, "train_loss": sum(losses) / len(losses),
                                 **self.summarise(outputs)})
        return self.history

    def summarise(self, outputs):
        return {}
