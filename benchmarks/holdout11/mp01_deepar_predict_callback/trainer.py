import torch


class Trainer:
    def __init__(self, max_epochs=3, gradient_clip_val=0.1, callbacks=()):
        self.max_epochs = max_epochs
        self.gradient_clip_val = gradient_clip_val
        self.callbacks = list(callbacks)
        self.current_epoch = 0

    def _step(self, model, optimizer, batch):
        loss = model.training_step(batch)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), self.gradient_clip_val)
        optimizer.step()
        return loss.item()

    def fit(self, model, train_batches, lr=1e-2):
        optimizer = torch.optim.Adam(model.parameters(), lr=lr)
        for self.current_epoch in range(self.max_epochs):
            losses = [self._step(model, optimizer, b) for b in train_batches]
            for cb in self.callbacks:
                cb.on_epoch_end(self, model)
        return sum(losses) / len(losses)
