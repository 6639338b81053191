import torch


class Loop:
    def __init__(self, max_epochs=1, steps_per_epoch=2, sanity_steps=2):
        self.max_epochs = max_epochs
        self.steps_per_epoch = steps_per_epoch
        self.sanity_steps = sanity_steps

    def _run_validation(self, module):
        module.eval()
        outs = []
        with torch.no_grad():
            for i in range(self.sanity_steps):
                outs.append(module.validation_step(module.val_batch(), i))
        return sum(outs) / max(1, len(outs))

    def fit(self, module):
        opt = module.configure_optimizers()
        self._run_validation(module)          # sanity check, leaves the module in eval
        val = None
        for epoch in range(self.max_epochs):
            module.train()
            for i in range(self.steps_per_epoch):
                loss = module.training_step(module.train_batch(), i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            val = self._run_validation(module)
        return {"val_loss": round(float(val), 4)}
