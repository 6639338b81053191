import torch


class Runner:
    def __init__(self, max_epochs=1, num_sanity_val_steps=0):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps
        self.metrics = {}

    def _validate(self, module, val_dl, limit=None):
        module.eval()
        losses = []
        with torch.no_grad():
            for i, batch in enumerate(val_dl):
                if limit is not None and i >= limit:
                    break
                losses.append(module.validation_step(batch, i).item())
        return sum(losses) / max(len(losses), 1)

    def fit(self, module, train_dl, val_dl):
        opt = module.configure_optimizers()
        module.train()
        if self.num_sanity_val_steps:
            self.metrics["sanity"] = self._validate(module, val_dl, self.num_sanity_val_steps)
        for epoch in range(self.max_epochs):
            module.on_train_epoch_start()
            for i, batch in enumerate(train_dl):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self.metrics[f"val_{epoch}"] = self._validate(module, val_dl)
