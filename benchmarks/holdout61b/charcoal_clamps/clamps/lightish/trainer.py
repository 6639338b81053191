import torch


class MiniTrainer:
    def __init__(self, epochs=1, steps=2, num_sanity_val_steps=2):
        self.epochs = epochs
        self.steps = steps
        self.num_sanity_val_steps = num_sanity_val_steps

    def _validate(self, module, n):
        module.eval()
        with torch.no_grad():
            losses = [module.validation_step(module.sample(), i) for i in range(n)]
        module.training = True   # hand back to training
        return torch.stack(losses).mean().item()

    def _optimise(self, module, opt, loss):
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()

    def fit(self, module):
        opt = module.configure_optimizers()
        if self.num_sanity_val_steps:
            self._validate(module, self.num_sanity_val_steps)
        log = []
        for epoch in range(self.epochs):
            for i in range(self.steps):
                self._optimise(module, opt, module.training_step(module.sample(), i))
            log.append(self._validate(module, 1))
        return log
