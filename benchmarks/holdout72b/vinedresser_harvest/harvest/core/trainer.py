import torch


class MiniTrainer:
    def __init__(self, max_epochs=2, num_sanity_val_steps=1):
        self.max_epochs = max_epochs
        self.num_sanity_val_steps = num_sanity_val_steps

    def _val_loop(self, module, loader, limit=None):
        module.eval()
        outs = []
        with torch.no_grad():
            for i, batch in enumerate(loader):
                if limit is not None and i >= limit:
                    break
                outs.append(module.validation_step(batch, i))
        return sum(o["val_loss"] for o in outs) / max(len(outs), 1)

    def fit(self, module, train_loader, val_loader):
        opt = module.configure_optimizers()
        module.train()
        if self.num_sanity_val_steps:
            print("sanity val", round(self._val_loop(module, val_loader, self.num_sanity_val_steps), 4))
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(train_loader):
                opt.zero_grad()
                loss = module.training_step(batch, i)
                loss.backward()  # TM001-here
                opt.step()
            print("epoch", epoch, "val", round(self._val_loop(module, val_loader), 4))
            module.train()
