import torch


class RoastTrainer:
    def __init__(self, max_epochs=1, steps_per_epoch=4, sanity_val_steps=2):
        self.max_epochs = max_epochs
        self.steps_per_epoch = steps_per_epoch
        self.sanity_val_steps = sanity_val_steps
        self.global_step = 0

    def _val_loop(self, module, n):
        module.on_validation_start()
        with torch.no_grad():
            outs = [module.validation_step(module.sample_batch(), i) for i in range(n)]
        module.on_validation_end()
        return sum(outs) / max(len(outs), 1)

    def fit(self, module):
        opt = module.configure_optimizers()
        if self.sanity_val_steps:
            print("sanity val", round(float(self._val_loop(module, self.sanity_val_steps)), 4))
        for epoch in range(self.max_epochs):
            module.on_train_epoch_start()
            for i in range(self.steps_per_epoch):
                loss = module.training_step(module.sample_batch(), i)
                opt.zero_grad()
                module.manual_backward(loss)
                opt.step()
                self.global_step += 1
            print("epoch", epoch, "val", round(float(self._val_loop(module, 2)), 4))
