import torch


class Loop:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1):
        self.max_epochs = max_epochs
        self.num_sanity = num_sanity_val_steps

    def _validate(self, module, batches, limit=None):
        module.eval()
        with torch.no_grad():
            for i, b in enumerate(batches):
                if limit is not None and i >= limit:
                    break
                module.validation_step(b, i)
        module.train()

    def fit(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        self._validate(module, val_batches, limit=self.num_sanity)
        for epoch in range(self.max_epochs):
            module.train()
            for i, b in enumerate(train_batches):
                loss = module.training_step(b, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
                module.on_train_batch_end(b, i)
            self._validate(module, val_batches)
        return module.__dict__.get("logged", {})
