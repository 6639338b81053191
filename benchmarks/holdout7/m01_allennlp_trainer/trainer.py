import torch


class GradientDescentTrainer:
    """A cut-down copy of the AllenNLP trainer loop, written for this project."""

    def __init__(self, model, optimizer, data_loader, validation_data_loader=None, num_epochs=2):
        self.model = model
        self.optimizer = optimizer
        self.data_loader = data_loader
        self._validation_data_loader = validation_data_loader
        self._num_epochs = num_epochs

    def batch_outputs(self, batch):
        return self.model(**batch)

    def _train_epoch(self, epoch):
        train_loss = 0.0
        for batch in self.data_loader:
            self.optimizer.zero_grad()
            output_dict = self.batch_outputs(batch)
            loss = output_dict["loss"]
            loss.backward()  # TM001-here
            self.optimizer.step()
            train_loss += loss.item()
        metrics = self.model.get_metrics(reset=True)
        metrics["loss"] = train_loss / len(self.data_loader)
        return metrics

    def _validation_loss(self):
        self.model.eval()
        val_loss = 0.0
        with torch.no_grad():
            for batch in self._validation_data_loader:
                val_loss += self.batch_outputs(batch)["loss"].item()
        return val_loss / len(self._validation_data_loader)

    def train(self):
        self.model.train()
        metrics = {}
        for epoch in range(self._num_epochs):
            metrics.update({f"training_{k}": v for k, v in self._train_epoch(epoch).items()})
            if self._validation_data_loader is not None:
                metrics["validation_loss"] = self._validation_loss()
                metrics.update({f"validation_{k}": v for k, v in self.model.get_metrics(reset=True).items()})
            print(f"epoch {epoch}: {metrics}")
        return metrics
