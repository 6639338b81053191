import torch


class Trainer:
    def __init__(self, max_epochs=2, log_every=2):
        self.max_epochs = max_epochs
        self.log_every = log_every
        self.global_step = 0
        self.logged = []

    def predict(self, module, batches):
        module.eval()
        with torch.no_grad():
            return [module.predict_step(b) for b in batches]

    def _optimizer_step(self, opt, loss):
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        self.global_step += 1

    def fit(self, module, datamodule):
        opt = module.configure_optimizers()
        module.train()
        datamodule.setup("fit", trainer=self, module=module)
        for epoch in range(self.max_epochs):
            for batch in datamodule.train_dataloader():
                loss = module.training_step(batch)
                self._optimizer_step(opt, loss)
                if self.global_step % self.log_every == 0:
                    self.logged.append((epoch, self.global_step, loss.item()))
        return self.logged
