import torch


class Runner:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs
        self.logged = []

    def _train_mode(self, module):
        module.train()
        module.on_fit_start()  # lets the module re-freeze whatever it keeps frozen

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            self._train_mode(module)
            for i, batch in enumerate(train_loader):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()  # TM001-here
                opt.step()
            module.eval()
            with torch.no_grad():
                for i, batch in enumerate(val_loader):
                    module.validation_step(batch, i)
            self.logged.append(dict(module._log))
