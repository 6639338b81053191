import torch


class FitLoop:
    def __init__(self, max_epochs=1, sanity_val_batches=0):
        self.max_epochs = max_epochs
        self.sanity_val_batches = sanity_val_batches

    def _validate(self, module, batches):
        module.on_validation_start()
        with torch.no_grad():
            losses = [module.validation_step(b, i) for i, b in enumerate(batches)]
        module.on_validation_end()
        return float(torch.stack(losses).mean())

    def run(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        history = []
        if self.sanity_val_batches:
            self._validate(module, val_batches[: self.sanity_val_batches])
        for epoch in range(self.max_epochs):
            module.on_train_epoch_start()
            for i, batch in enumerate(train_batches):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            val = self._validate(module, val_batches)
            module.train()
            history.append({"epoch": epoch, "val_loss": round(val, 4)})
        return history
