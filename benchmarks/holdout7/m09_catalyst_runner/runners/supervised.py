import torch


class SupervisedRunner:
    """Catalyst-style runner: one loop over loaders, the mode comes from the loader's name."""

    def __init__(self, input_key="features", target_key="targets"):
        self.input_key = input_key
        self.target_key = target_key
        self.loader_key = None

    @property
    def is_train_loader(self):
        return self.loader_key.startswith("train")

    def handle_batch(self, batch):
        logits = self.model(batch[self.input_key])
        loss = self.criterion(logits, batch[self.target_key])
        self.batch_metrics = {"loss": loss}
        if self.is_train_loader:
            loss.backward()
            self.optimizer.step()
            self.optimizer.zero_grad()

    def run_loader(self, loader):
        self.model.train(self.is_train_loader)
        losses = []
        with torch.set_grad_enabled(self.is_train_loader):
            for batch in loader:
                self.handle_batch(batch)
                losses.append(self.batch_metrics["loss"].item())
        return sum(losses) / len(losses)

    def train(self, model, criterion, optimizer, loaders, num_epochs=1, valid_loader="valid", verbose=False):
        self.model, self.criterion, self.optimizer = model, criterion, optimizer
        for epoch in range(1, num_epochs + 1):
            for self.loader_key, loader in loaders.items():
                metric = self.run_loader(loader)
                print(f"{epoch}/{num_epochs} * Epoch ({self.loader_key}): loss={metric:.4f}")
