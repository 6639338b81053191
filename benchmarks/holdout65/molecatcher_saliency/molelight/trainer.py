import torch


class Trainer:
    def __init__(self, max_epochs=1, callbacks=None):
        self.max_epochs = max_epochs
        self.callbacks = list(callbacks or [])
        self.current_epoch = 0
        self.logged = {}

    def _call(self, hook, *args):
        for cb in self.callbacks:
            fn = getattr(cb, hook, None)
            if fn is not None:
                fn(self, *args)

    def _run_validation(self, module):
        module.eval()
        outs = []
        with torch.no_grad():
            for batch in module.val_dataloader():
                outs.append(module.validation_step(batch))
        self.logged["val_loss"] = float(sum(outs) / max(1, len(outs)))
        self._call("on_validation_end", module)
        module.train()

    def fit(self, module):
        opt = module.configure_optimizers()
        self._call("on_fit_start", module)
        for epoch in range(self.max_epochs):
            self.current_epoch = epoch
            module.train()
            for batch in module.train_dataloader():
                opt.zero_grad()
                loss = module.training_step(batch)
                loss.backward()
                opt.step()
                self.logged["train_loss"] = loss.item()
            self._run_validation(module)
            self._call("on_epoch_end", module)
        self._call("on_fit_end", module)
