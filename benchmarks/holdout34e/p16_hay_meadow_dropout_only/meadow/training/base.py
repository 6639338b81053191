import torch


class TrainerBase:
    """fit() drives the loop; subclasses fill in the hooks."""

    def __init__(self, model, lr=1e-2, max_epochs=2):
        self.model = model
        self.max_epochs = max_epochs
        self.optimizer = self.configure_optimizer(lr)

    def configure_optimizer(self, lr):
        return torch.optim.Adam(self.model.parameters(), lr=lr)

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def on_epoch_end(self, epoch, train_loss, val_loss):
        print(f"epoch {epoch}: train {train_loss:.4f} val {val_loss:.4f}")

    def fit(self, train_batches, val_batches):
        for epoch in range(self.max_epochs):
            self.model.train()
            tl = [self.training_step(b) for b in train_batches]
            self.model.eval()
            with torch.no_grad():
                vl = [self.validation_step(b) for b in val_batches]
            self.on_epoch_end(epoch, sum(tl) / len(tl), sum(vl) / len(vl))
        return self.model
