import torch


class PonyTrainer:
    def __init__(self, max_epochs=1, sanity_steps=2):
        self.max_epochs = max_epochs
        self.sanity_steps = sanity_steps
        self.logged = {}

    def _run_validation(self, module, batches, limit=None):
        module.eval()
        module.on_validation_epoch_start()
        scores = []
        with torch.no_grad():
            for i, batch in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                scores.append(float(module.validation_step(batch)))
        return sum(scores) / max(len(scores), 1)

    def fit(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        self._run_validation(module, val_batches, limit=self.sanity_steps)
        for epoch in range(self.max_epochs):
            module.train()
            module.on_train_epoch_start()
            for batch in train_batches:
                loss = module.training_step(batch)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self.logged[f"val_acc/{epoch}"] = self._run_validation(module, val_batches)
        return module
