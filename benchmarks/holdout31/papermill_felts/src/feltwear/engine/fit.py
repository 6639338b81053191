import torch

from .steps import training_step, validation_step


class Fit:
    def __init__(self, model, lr=1e-3, regularisers=(), epochs=1):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.regularisers = list(regularisers)
        self.epochs = epochs

    def fit(self, train_batches, val_batches):
        log = []
        for epoch in range(self.epochs):
            self.model.train()
            for batch in train_batches:
                loss = training_step(self.model, batch, self.regularisers)
                self.opt.zero_grad()
                loss.backward()  # TM003-here
                self.opt.step()
            self.model.eval()
            val = sum(validation_step(self.model, b) for b in val_batches) / len(val_batches)
            log.append({"epoch": epoch, "train": round(loss.item(), 4), "val_mae": round(val, 4)})
        return log
