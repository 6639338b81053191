import torch


class MiniTrainer:
    def __init__(self, max_epochs, callbacks=()):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks)
        self.logged = []

    def _call(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook, lambda *a: None)(self, *args)

    def fit(self, module):
        opt = module.configure_optimizers()
        module.train()
        for epoch in range(self.max_epochs):
            self._call("on_epoch_start", module)
            for i, batch in enumerate(module.train_dataloader()):
                with torch.backends.cudnn.flags(enabled=False):
                    out = module.training_step(batch, i)
                    opt.zero_grad()
                    out["loss"].backward()
                opt.step()
                self._call("on_batch_end", module, out)
            self._call("on_epoch_end", module)
