import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.current_epoch = 0
        self.logged = {}
        self.last_val_batch = None

    def _call(self, hook, module):
        for cb in self.callbacks:
            getattr(cb, hook)(self, module)

    def fit(self, module):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            for i, batch in enumerate(module.train_dataloader()):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            self.logged["train_loss"] = loss.item()
            self._validate(module)
            self._call("on_epoch_end", module)

    def _validate(self, module):
        was_training = module.training
        module.eval()
        losses = []
        with torch.no_grad():
            for i, batch in enumerate(module.val_dataloader()):
                losses.append(module.validation_step(batch, i).item())
                self.last_val_batch = batch
        self.logged["val_mae"] = sum(losses) / len(losses)
        module.train(was_training)
        self._call("on_validation_end", module)
