class LiteTrainer:
    def __init__(self, max_epochs=2):
        self.max_epochs = max_epochs

    def fit(self, module, loader):
        opt = module.configure_optimizers()
        module.on_train_start()
        for epoch in range(self.max_epochs):
            for i, batch in enumerate(loader):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # TM001-here
                opt.step()
            print(f"epoch {epoch} loss {loss.item():.4f}")
