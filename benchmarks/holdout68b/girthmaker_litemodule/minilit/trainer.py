import torch


class MiniTrainer:
    def __init__(self, max_epochs=1, steps_per_epoch=1):
        self.max_epochs = max_epochs
        self.steps_per_epoch = steps_per_epoch

    def _sanity_check(self, module):
        module.eval()
        with torch.no_grad():
            for i, batch in enumerate(module.train_batches(1)):
                module.validation_step(batch, i)

    def fit(self, module):
        opt = module.configure_optimizers()
        self._sanity_check(module)
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(module.train_batches(self.steps_per_epoch)):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            print("epoch", epoch, "loss", round(loss.item(), 4))
