import torch


class MiniTrainer:
    def __init__(self, max_epochs=1):
        self.max_epochs = max_epochs

    def fit(self, module, train_batches, val_batches):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(train_batches):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            module.eval()
            with torch.no_grad():
                acc = torch.stack([module.validation_step(b, i) for i, b in enumerate(val_batches)]).mean()
            print(f"epoch {epoch} loss {loss.item():.3f} val acc {acc.item():.2f}")
