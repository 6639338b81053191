import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.current_epoch = 0
        self.last_loss = float("nan")
        self.val_dataloader = None

    def _call(self, hook, module):
        for cb in self.callbacks:
            getattr(cb, hook)(self, module)

    def predict(self, module, dataloader):
        module.eval()
        with torch.no_grad():
            return [module.predict_step(b, i) for i, b in enumerate(dataloader)]

    def _validation_loop(self, module, dataloader):
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i)["val_loss"] for i, b in enumerate(dataloader)]
        module.train()
        self.val_loss = torch.stack(outs).mean().item()
        self._call("on_validation_end", module)

    def _train_loop(self, module, opt, dataloader):
        module.train()
        for i, batch in enumerate(dataloader):
            opt.zero_grad()
            loss = module.training_step(batch, i)
            loss.backward()
            opt.step()
            self.last_loss = loss.item()

    def fit(self, module, train_dataloader, val_dataloader):
        self.val_dataloader = val_dataloader
        opt = module.configure_optimizers()
        module.train()
        self._call("on_fit_start", module)
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            self._train_loop(module, opt, train_dataloader)
            self._call("on_train_epoch_end", module)
            self._validation_loop(module, val_dataloader)
